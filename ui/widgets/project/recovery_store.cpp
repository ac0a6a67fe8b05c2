#include "widgets/project/recovery_store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace agglomap::widgets {

namespace {

const QString kNoteSuffix = QStringLiteral(".recovery.json");

QString fileStem(const QString& documentKey) {
    return QString::fromLatin1(
        QCryptographicHash::hash(documentKey.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

RecoveryStore::RecoveryStore(QString directory)
    : m_directory(std::move(directory)) {}

QString RecoveryStore::defaultDirectory() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("recovery"));
}

QString RecoveryStore::recoveryFileFor(const QString& documentKey) const {
    return QDir(m_directory).filePath(fileStem(documentKey) + QStringLiteral(".gpkg"));
}

QString RecoveryStore::noteFileFor(const QString& documentKey) const {
    return QDir(m_directory).filePath(fileStem(documentKey) + kNoteSuffix);
}

Status RecoveryStore::write(const io::ProjectContents& contents, const Entry& entry) const {
    if (!QDir().mkpath(m_directory)) {
        return Error{QStringLiteral("%1: the recovery folder cannot be created.")
                         .arg(QDir::toNativeSeparators(m_directory))};
    }
    if (const Status status = io::saveProject(contents, recoveryFileFor(entry.documentKey));
        !status) {
        return status;
    }
    QJsonObject note;
    note.insert(QStringLiteral("document"), entry.documentKey);
    note.insert(QStringLiteral("file"), entry.filePath);
    note.insert(QStringLiteral("name"), entry.name);
    note.insert(QStringLiteral("saved"), entry.saved.toString(Qt::ISODate));
    QSaveFile file(noteFileFor(entry.documentKey));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(note).toJson()) < 0 ||
        !file.commit()) {
        return Error{QStringLiteral("%1: cannot be written (%2).")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    }
    return {};
}

void RecoveryStore::discard(const QString& documentKey) const {
    QFile::remove(noteFileFor(documentKey));
    QFile::remove(recoveryFileFor(documentKey));
}

void RecoveryStore::discardAll() const {
    for (const Entry& entry : entries()) {
        discard(entry.documentKey);
    }
}

std::vector<RecoveryStore::Entry> RecoveryStore::entries() const {
    std::vector<Entry> found;
    const QDir directory(m_directory);
    for (const QString& name :
         directory.entryList({QStringLiteral("*") + kNoteSuffix}, QDir::Files, QDir::Time)) {
        QFile file(directory.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject note = QJsonDocument::fromJson(file.readAll()).object();
        Entry entry;
        entry.documentKey = note.value(QStringLiteral("document")).toString();
        entry.filePath = note.value(QStringLiteral("file")).toString();
        entry.name = note.value(QStringLiteral("name")).toString();
        entry.saved =
            QDateTime::fromString(note.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        entry.recoveryFile = recoveryFileFor(entry.documentKey);
        // A note without its copy (a crash between the two writes) has nothing to restore.
        if (!entry.documentKey.isEmpty() && QFile::exists(entry.recoveryFile)) {
            found.push_back(entry);
        }
    }
    return found;
}

} // namespace agglomap::widgets
