#pragma once

#include "util/result.h"
#include "util/status.h"

#include <QIODevice>
#include <QSaveFile>
#include <QString>

// Writing a file the user named: every writer (CSV, JSON, PNG, SVG, PDF, plan files) goes
// through these, so a full disk or an odd target is caught the same way everywhere.
namespace agglomap::io {

// The file to write for `path`. An existing folder, device, pipe or socket is refused: writing
// would replace it (as root, even /dev/full) or block on it. A symbolic link is followed, so the
// link stays and its target is replaced.
[[nodiscard]] Result<QString> outputTarget(const QString& path);

// A file written into a temporary beside its target and moved into place by commit(), as
// QSaveFile does, but with every write checked: a write that stops short (a full disk, a
// file-size limit) is not an error to QFile, only a smaller count, and QSaveFile would then
// put the truncated file in place. Painters (PDF, SVG, PNG) write into it like any device.
class OutputFile : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY(OutputFile)

public:
    explicit OutputFile(QString path);
    ~OutputFile() override;

    // Checks the target and opens the temporary; the error names the file.
    [[nodiscard]] Status begin();
    // Moves the file into place, or, after any failed write, removes the temporary and leaves
    // the previous file as it was.
    [[nodiscard]] Status commit();
    // Whether a write failed; commit() will then say why and keep the previous file.
    [[nodiscard]] bool failed() const { return !m_writeError.isNull(); }
    // The file actually written (a link's target).
    [[nodiscard]] const QString& target() const { return m_target; }
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maximum) override;
    qint64 writeData(const char* data, qint64 length) override;

private:
    [[nodiscard]] Error failure(const QString& reason) const;

    QString m_path;
    QString m_target;
    QSaveFile m_file;
    QString m_writeError; // the first failed write's reason
};

// Flushes standard output; an error (a full disk, a closed pipe) is reported on standard error,
// naming standard output. False when something printed was lost.
[[nodiscard]] bool flushStandardOutput();

} // namespace agglomap::io
