#include "io/project/durable_file.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace agglomap::io::project {

namespace {

Error systemError() {
    return Error{QString::fromLocal8Bit(std::strerror(errno))};
}

#ifdef Q_OS_UNIX
Status syncPath(const QString& path, int flags) {
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0) {
        return systemError();
    }
    const int synced = ::fsync(fd);
    const Error error = synced == 0 ? Error{} : systemError();
    ::close(fd);
    if (synced != 0) {
        return error;
    }
    return {};
}
#endif

} // namespace

Status syncFile(const QString& path) {
#ifdef Q_OS_UNIX
    return syncPath(path, O_RDONLY);
#else
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return Error{file.errorString()};
    }
    return file.flush() ? Status{} : Status{Error{file.errorString()}};
#endif
}

Status syncDirectory(const QString& path) {
#ifdef Q_OS_UNIX
    return syncPath(path, O_RDONLY | O_DIRECTORY);
#else
    Q_UNUSED(path);
    return {};
#endif
}

Status replaceFile(const QString& from, const QString& to) {
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return systemError();
    }
    return {};
}

} // namespace agglomap::io::project
