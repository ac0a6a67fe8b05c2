#include "widgets/help/about_dialog.h"

#include "io/library_versions.h"
#include "widgets/help/bundled_provenance.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace agglomap::widgets {

namespace {

struct VersionRow {
    QString component;
    QString version;
};

enum class Wording { English, Interface };

// The rows of the Libraries tab; a bug report copies them in English, whatever the interface
// language, so that anyone can read it.
QList<VersionRow> versionRows(Wording wording) {
    const auto text = [wording](const char* english) {
        return wording == Wording::English
                   ? QString::fromUtf8(english)
                   : QCoreApplication::translate("agglomap::widgets::AboutDialog", english);
    };
    const io::LibraryVersions libraries = io::libraryVersions();
    return {
        {QStringLiteral("Agglomap"), QCoreApplication::applicationVersion()},
        {QStringLiteral("Qt"),
         text(QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "%1 (built with %2)"))
             .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR))},
        {QStringLiteral("GDAL"), libraries.gdal},
        {QStringLiteral("PROJ"), libraries.proj},
        {QStringLiteral("Boost"), libraries.boost},
        {text(QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "Compiler")), libraries.compiler},
        {text(QT_TRANSLATE_NOOP("agglomap::widgets::AboutDialog", "System")),
         QStringLiteral("%1 (%2, %3)")
             .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                  QGuiApplication::platformName())},
    };
}

QTextBrowser* readOnlyPage(const QString& html, QWidget* parent) {
    auto* page = new QTextBrowser(parent);
    page->setOpenExternalLinks(true);
    page->setFrameShape(QFrame::NoFrame);
    page->document()->setDocumentMargin(12);
    page->setHtml(html);
    return page;
}

} // namespace

AboutDialog::AboutDialog(QString mapsDirectory, QWidget* parent)
    : QDialog(parent)
    , m_mapsDirectory(std::move(mapsDirectory)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Agglomap"));

    auto* tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(createAboutPage(), tr("About"));
    tabs->addTab(createLibrariesPage(), tr("Libraries"));
    tabs->addTab(createDataSourcesPage(), tr("Data Sources"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionInfoButton"));
    copy->setToolTip(tr("Copy Agglomap's version and its libraries' for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(680, 560);
}

QString AboutDialog::versionReport() {
    QStringList lines;
    for (const VersionRow& row : versionRows(Wording::English)) {
        lines << QStringLiteral("%1: %2").arg(row.component, row.version);
    }
    return lines.join(QLatin1Char('\n'));
}

QWidget* AboutDialog::createAboutPage() {
    auto* page = new QWidget(this);
    // The same surface as the other tabs' text.
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto* name = new QLabel(QStringLiteral("Agglomap"), page);
    QFont large = name->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    name->setFont(large);
    const QString number = QCoreApplication::applicationVersion();
    auto* version =
        new QLabel(number.isEmpty() ? tr("Development build") : tr("Version %1").arg(number), page);
    version->setObjectName(QStringLiteral("aboutVersionLabel"));
    auto* description = new QLabel(
        tr("Agglomap helps planners map and plan industrial agglomeration districts. It shows "
           "a province's districts and parks with their industries, infrastructure and "
           "linkages, colours regions by the indicators planners use, recommends what each "
           "district lacks, and exports briefing maps and district profiles. Every edit can be "
           "undone, and scenarios are compared with the baseline plan."),
        page);
    auto* demo = new QLabel(
        tr("The bundled boundaries and sample plans are for demonstration. Replace the "
           "boundaries with official ones before publishing a map; the Data Sources tab says "
           "where everything comes from."),
        page);
    for (QLabel* label : {name, version, description, demo}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(10);
    layout->addWidget(name);
    layout->addWidget(version);
    layout->addSpacing(8);
    layout->addWidget(description);
    layout->addWidget(demo);
    layout->addStretch();
    return page;
}

QWidget* AboutDialog::createLibrariesPage() {
    QString rows;
    for (const VersionRow& row : versionRows(Wording::Interface)) {
        rows +=
            QStringLiteral("<tr><td style=\"padding-right:24px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(row.component.toHtmlEscaped(), row.version.toHtmlEscaped());
    }
    auto* page = readOnlyPage(QStringLiteral("<p>%1</p><table cellpadding=\"3\">%2</table>")
                                  .arg(tr("Agglomap is built on these libraries. Please include "
                                          "this list when you report a problem (Copy Version "
                                          "Info).")
                                           .toHtmlEscaped(),
                                       rows),
                              this);
    page->setObjectName(QStringLiteral("librariesPage"));
    return page;
}

QWidget* AboutDialog::createDataSourcesPage() {
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Values that no source gives are illustrative: districts whose "
                               "values were generated are drawn with dashed outlines on the "
                               "map, and exported maps, profiles and tables mark them "
                               "\"illustrative\".")
                                .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("The bundled data are in %1; the README.md there explains how each "
                        "layer was made.")
                         .toHtmlEscaped()
                         .arg(QStringLiteral("<code>%1</code>")
                                  .arg(QDir::toNativeSeparators(m_mapsDirectory).toHtmlEscaped())));
    for (const ProvinceProvenance& province : bundledProvenance(m_mapsDirectory)) {
        html += QStringLiteral("<h3>%1</h3>").arg(province.planTitle.toHtmlEscaped());
        html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                    .arg(tr("Sample plan:").toHtmlEscaped(), province.planSource.toHtmlEscaped(),
                         tr("Illustrative values:").toHtmlEscaped(),
                         province.illustrative.toHtmlEscaped());
        html += QStringLiteral("<table cellpadding=\"3\">");
        for (const LayerProvenance& layer : province.layers) {
            const QString description =
                layer.description.isEmpty() ? tr("(the file gives no source)") : layer.description;
            html += QStringLiteral("<tr><td valign=\"top\" style=\"padding-right:12px\"><b>%1</b>"
                                   "</td><td>%2</td></tr>")
                        .arg(layer.layer.toHtmlEscaped(), description.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    auto* page = readOnlyPage(html, this);
    page->setObjectName(QStringLiteral("dataSourcesPage"));
    return page;
}

} // namespace agglomap::widgets
