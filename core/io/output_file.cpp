#include "io/output_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace agglomap::io {

namespace {
QString translated(const char* text) {
    // The texts are marked with QT_TRANSLATE_NOOP under this context for lupdate.
    return QCoreApplication::translate("agglomap::io::OutputFile", text);
}
} // namespace

Result<QString> outputTarget(const QString& path) {
    QFileInfo info(path);
    QString target = path;
    if (info.isSymLink()) {
        target = info.symLinkTarget();
        info = QFileInfo(target);
    }
    if (info.isDir()) {
        return Error{translated(QT_TRANSLATE_NOOP("agglomap::io::OutputFile",
                                                  "%1: is a folder. Choose a file name."))
                         .arg(QDir::toNativeSeparators(path))};
    }
    // exists() and isFile() follow links; a dangling link's target is simply created.
    if (info.exists() && !info.isFile()) {
        return Error{
            translated(
                QT_TRANSLATE_NOOP("agglomap::io::OutputFile",
                                  "%1: is not a regular file (a device, pipe or socket) and is not "
                                  "replaced. Choose a file name."))
                .arg(QDir::toNativeSeparators(path))};
    }
    return target;
}

OutputFile::OutputFile(QString path)
    : m_path(std::move(path)) {}

OutputFile::~OutputFile() {
    if (m_file.isOpen()) {
        m_file.cancelWriting();
    }
}

Error OutputFile::failure(const QString& reason) const {
    return Error{
        translated(QT_TRANSLATE_NOOP("agglomap::io::OutputFile",
                                     "%1: could not be written (%2); the previous file, if any, is "
                                     "unchanged."))
            .arg(QDir::toNativeSeparators(m_path), reason)};
}

Status OutputFile::begin() {
    auto target = outputTarget(m_path);
    if (!target) {
        return target.error();
    }
    m_target = std::move(target).value();
    m_file.setFileName(m_target);
    if (!m_file.open(QIODevice::WriteOnly)) {
        return failure(m_file.errorString());
    }
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return {};
}

qint64 OutputFile::readData(char*, qint64) {
    return -1;
}

qint64 OutputFile::writeData(const char* data, qint64 length) {
    if (!m_writeError.isNull()) {
        return -1;
    }
    errno = 0;
    const qint64 written = m_file.write(data, length);
    if (written != length) {
        // Qt reports a short write as "Unknown error"; the system's reason is in errno.
        const int error = errno;
        m_writeError =
            error != 0 ? QString::fromLocal8Bit(std::strerror(error))
                       : translated(QT_TRANSLATE_NOOP("agglomap::io::OutputFile",
                                                      "the disk is full or the file is too large"));
        return -1;
    }
    return written;
}

Status OutputFile::commit() {
    QIODevice::close();
    if (m_writeError.isNull() && (!m_file.flush() || m_file.error() != QFileDevice::NoError)) {
        m_writeError = m_file.errorString();
    }
    if (!m_writeError.isNull()) {
        // After cancelWriting(), QSaveFile::commit() only removes the temporary.
        m_file.cancelWriting();
        m_file.commit();
        return failure(m_writeError);
    }
    if (!m_file.commit()) {
        return failure(m_file.errorString());
    }
    return {};
}

bool flushStandardOutput() {
    errno = 0;
    if (std::fflush(stdout) == 0 && !std::ferror(stdout)) {
        return true;
    }
    const int error = errno;
    QTextStream(stderr)
        << translated(QT_TRANSLATE_NOOP("agglomap::io::OutputFile",
                                        "Cannot write to standard output (%1); what was printed is "
                                        "incomplete."))
               .arg(QString::fromLocal8Bit(std::strerror(error ? error : EIO)))
        << Qt::endl;
    return false;
}

} // namespace agglomap::io
