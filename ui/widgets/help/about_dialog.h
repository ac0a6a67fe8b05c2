#pragma once

#include <QDialog>

namespace agglomap::widgets {

// Help › About Agglomap: what Agglomap is, the libraries it runs on (with a button that copies
// them for a bug report), and where every bundled layer and sample plan comes from.
class AboutDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(AboutDialog)

public:
    explicit AboutDialog(QString mapsDirectory, QWidget* parent = nullptr);

    // Agglomap's version and those of the libraries, one per line, in English: what a bug
    // report needs, whatever the interface language.
    [[nodiscard]] static QString versionReport();

private:
    [[nodiscard]] QWidget* createAboutPage();
    [[nodiscard]] QWidget* createLibrariesPage();
    [[nodiscard]] QWidget* createDataSourcesPage();

    QString m_mapsDirectory;
};

} // namespace agglomap::widgets
