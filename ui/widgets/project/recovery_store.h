#pragma once

#include "io/project/project_file.h"
#include "util/status.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace agglomap::widgets {

// Autosaved copies of documents with unsaved changes, one project file per document with a
// small JSON note beside it saying whose copy it is. A clean exit or a save removes the copy;
// copies found at start-up are what a crash left, and the window offers to restore them.
class RecoveryStore {
public:
    // The default folder is the application's local data folder, "recovery" inside it.
    explicit RecoveryStore(QString directory = defaultDirectory());

    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] const QString& directory() const { return m_directory; }

    struct Entry {
        QString documentKey; // the window's key of the document: its file, or a sample's key
        QString filePath;    // where it was saved before, if ever
        QString name;        // as the window titled it
        QDateTime saved;
        QString recoveryFile;
    };

    // Writes the copy atomically (so a crash during autosave leaves the previous copy).
    Status write(const io::ProjectContents& contents, const Entry& entry) const;
    void discard(const QString& documentKey) const;
    void discardAll() const;
    [[nodiscard]] std::vector<Entry> entries() const;
    [[nodiscard]] QString recoveryFileFor(const QString& documentKey) const;

private:
    [[nodiscard]] QString noteFileFor(const QString& documentKey) const;

    QString m_directory;
};

} // namespace agglomap::widgets
