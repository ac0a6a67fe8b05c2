#include "widgets/import/import_dialog.h"

#include "widgets/import/import_mapping_table.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace agglomap::widgets {

namespace {

constexpr int kPreviewRows = 100;
// Unmatched rows listed by name in the report; the rest are counted.
constexpr int kListedUnmatched = 5;
// Encoding combo data: the reader's own choice, or a TextEncoding.
constexpr int kAutomaticEncoding = -1;

bool hasPoints(const io::DataTable& table) {
    return std::any_of(table.points.begin(), table.points.end(),
                       [](const auto& point) { return point.has_value(); });
}

} // namespace

ImportDialog::ImportDialog(const model::Plan& plan, QString path, geo::LabelLanguage language,
                           QWidget* parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_path(std::move(path))
    , m_language(language) {
    setWindowTitle(tr("Import Data"));
    buildWidgets();
    readTable();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::buildWidgets() {
    m_fileLabel = new QLabel(QFileInfo(m_path).fileName(), this);
    m_fileLabel->setToolTip(m_path);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layerBox = new QComboBox(this);
    m_encodingBox = new QComboBox(this);
    m_encodingBox->setObjectName(QStringLiteral("encoding"));
    m_encodingBox->addItem(tr("Automatic"), kAutomaticEncoding);
    m_encodingBox->addItem(tr("UTF-8"), static_cast<int>(io::TextEncoding::Utf8));
    m_encodingBox->addItem(tr("GBK (GB18030)"), static_cast<int>(io::TextEncoding::Gb18030));
    m_encodingBox->setToolTip(tr("How the file's text is decoded. Chinese statistics often come "
                                 "in GBK; choose another encoding if names look garbled."));

    m_fileForm = new QFormLayout;
    m_fileForm->addRow(tr("File:"), m_fileLabel);
    m_fileForm->addRow(tr("&Layer:"), m_layerBox);
    m_fileForm->addRow(tr("&Encoding:"), m_encodingBox);

    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 6);
    auto* previewGroup = new QGroupBox(tr("Preview (first %1 rows)").arg(kPreviewRows), this);
    auto* previewLayout = new QVBoxLayout(previewGroup);
    previewLayout->addWidget(m_preview);

    m_joinBox = new QComboBox(this);
    m_joinBox->addItem(tr("District id"), io::joinKeyKey(io::JoinKey::Id));
    m_joinBox->addItem(tr("County code"), io::joinKeyKey(io::JoinKey::CountyCode));
    m_joinBox->addItem(tr("Name"), io::joinKeyKey(io::JoinKey::Name));
    m_joinBox->setToolTip(tr("A county code finds a district only in counties that host one."));
    m_keyColumnBox = new QComboBox(this);
    m_keyColumnBox->setMinimumContentsLength(12);
    auto* joinRow = new QHBoxLayout;
    joinRow->addWidget(new QLabel(tr("Find districts by"), this));
    joinRow->addWidget(m_joinBox);
    joinRow->addWidget(new QLabel(tr("in column"), this));
    joinRow->addWidget(m_keyColumnBox);
    joinRow->addStretch();
    m_mappingTable = new ImportMappingTable(io::importTargets(m_plan.sectors()), m_language, this);
    auto* columnsGroup = new QGroupBox(tr("Columns"), this);
    auto* columnsLayout = new QVBoxLayout(columnsGroup);
    columnsLayout->addLayout(joinRow);
    columnsLayout->addWidget(m_mappingTable);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(previewGroup);
    splitter->addWidget(columnsGroup);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_datumBox = new QComboBox(this);
    m_datumBox->addItem(tr("WGS84 (GPS, official data)"),
                        static_cast<int>(geo::LonLatDatum::Wgs84));
    m_datumBox->addItem(tr("GCJ-02 (AMap, Tencent)"), static_cast<int>(geo::LonLatDatum::Gcj02));
    m_datumBox->addItem(tr("BD-09 (Baidu)"), static_cast<int>(geo::LonLatDatum::Bd09));
    m_usePoints = new QCheckBox(tr("Use the layer's &geometry as location"), this);
    m_usePoints->setObjectName(QStringLiteral("usePoints"));
    m_addUnmatched = new QCheckBox(tr("&Add rows that match no district as new districts"), this);
    m_addUnmatched->setToolTip(tr("A new district needs a Chinese name and a location inside the "
                                  "province; its county is the one the location lies in."));
    auto* optionsForm = new QFormLayout;
    optionsForm->addRow(tr("&Coordinates are in:"), m_datumBox);
    optionsForm->addRow(QString(), m_usePoints);
    optionsForm->addRow(QString(), m_addUnmatched);

    m_report = new QLabel(this);
    m_report->setObjectName(QStringLiteral("report"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setMinimumHeight(m_report->fontMetrics().height() * 3);
    m_report->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_fileForm);
    layout->addWidget(splitter, 1);
    layout->addLayout(optionsForm);
    layout->addWidget(m_report);
    layout->addWidget(m_buttons);
    resize(880, 780);

    connect(m_layerBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            readTable();
        }
    });
    connect(m_encodingBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            readTable();
        }
    });
    connect(m_joinBox, &QComboBox::currentIndexChanged, this, &ImportDialog::updateOutcome);
    connect(m_keyColumnBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            m_mappingTable->setKeyColumn(m_keyColumnBox->currentText());
        }
    });
    connect(m_mappingTable, &ImportMappingTable::targetsChanged, this,
            &ImportDialog::updateOutcome);
    connect(m_datumBox, &QComboBox::currentIndexChanged, this, &ImportDialog::updateOutcome);
    connect(m_usePoints, &QCheckBox::toggled, this, &ImportDialog::updateOutcome);
    connect(m_addUnmatched, &QCheckBox::toggled, this, &ImportDialog::updateOutcome);
}

std::optional<io::TextEncoding> ImportDialog::chosenEncoding() const {
    const int chosen = m_encodingBox->currentData().toInt();
    if (chosen == kAutomaticEncoding) {
        return std::nullopt;
    }
    return static_cast<io::TextEncoding>(chosen);
}

void ImportDialog::readTable() {
    if (m_table) {
        m_choices = Choices{m_keyColumnBox->currentText(), m_mappingTable->columnTargets()};
    }
    io::DataTableOptions options;
    options.layer = m_layerBox->currentText();
    options.encoding = chosenEncoding();
    auto read = io::readDataTable(m_path, options);
    if (!read) {
        m_table.reset();
        m_readError = read.error().message;
    } else {
        m_table = std::move(read).value();
        m_readError.clear();
        if (!options.encoding) {
            const QString found = io::encodingName(m_table->encoding);
            switch (m_table->encodingSource) {
            case io::EncodingSource::Detected:
                m_encodingBox->setItemText(0, tr("Detected: %1").arg(found));
                break;
            case io::EncodingSource::CpgFile:
                m_encodingBox->setItemText(0, tr("From .cpg: %1").arg(found));
                break;
            case io::EncodingSource::Format:
            case io::EncodingSource::Chosen:
                m_encodingBox->setItemText(0, tr("Set by the format: %1").arg(found));
                break;
            }
        }
        // Spreadsheets and GeoJSON say their own encoding; there is nothing to choose.
        m_encodingBox->setEnabled(m_table->encodingSource != io::EncodingSource::Format);
    }
    showTable();
}

void ImportDialog::showTable() {
    m_filling = true;
    fillPreview();
    m_keyColumnBox->clear();
    if (!m_table) {
        m_mappingTable->setColumns(io::DataTable{}, {}, QString());
        m_usePoints->setVisible(false);
        m_filling = false;
        updateOutcome();
        return;
    }
    {
        const QSignalBlocker blocker(m_layerBox);
        m_layerBox->clear();
        m_layerBox->addItems(m_table->layers);
        m_layerBox->setCurrentText(m_table->layer);
        // A CSV file or a one-sheet workbook has nothing to choose.
        m_fileForm->setRowVisible(m_layerBox, m_layerBox->count() > 1);
    }
    m_keyColumnBox->addItems(m_table->columns);
    const io::ImportMapping suggested = io::suggestMapping(*m_table, m_plan.sectors());
    std::map<QString, QString> targets;
    for (const auto& [key, column] : suggested.columns) {
        targets[column] = key;
    }
    QString keyColumn = suggested.keyColumn;
    // Choices the user made survive a re-read wherever their columns are still there.
    if (m_choices && m_table->columns.contains(m_choices->keyColumn)) {
        keyColumn = m_choices->keyColumn;
        for (const QString& column : m_table->columns) {
            if (const auto it = m_choices->targets.find(column); it != m_choices->targets.end()) {
                targets[column] = it->second;
            }
        }
    } else {
        m_joinBox->setCurrentIndex(m_joinBox->findData(io::joinKeyKey(suggested.join)));
    }
    // Without a column named like a key, the first column is the likeliest one.
    m_keyColumnBox->setCurrentText(keyColumn);
    m_mappingTable->setColumns(*m_table, targets, m_keyColumnBox->currentText());
    const bool points = hasPoints(*m_table);
    m_usePoints->setVisible(points);
    if (!points) {
        m_usePoints->setChecked(false);
    }
    m_filling = false;
    updateOutcome();
}

void ImportDialog::fillPreview() {
    m_previewModel->clear();
    if (!m_table) {
        return;
    }
    const int rows = std::min(m_table->rowCount(), kPreviewRows);
    m_previewModel->setColumnCount(static_cast<int>(m_table->columns.size()));
    m_previewModel->setHorizontalHeaderLabels(m_table->columns);
    m_previewModel->setRowCount(rows);
    QStringList rowNumbers;
    for (int row = 0; row < rows; ++row) {
        const QStringList& cells = m_table->rows[static_cast<std::size_t>(row)];
        for (int column = 0; column < cells.size(); ++column) {
            m_previewModel->setItem(row, column, new QStandardItem(cells[column]));
        }
        // As messages number them (a CSV's row by its line), so that "row 7" is found at once.
        rowNumbers << QString::number(m_table->rowNumber(row));
    }
    m_previewModel->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_previewModel->columnCount(); ++column) {
        m_preview->setColumnWidth(column, std::min(m_preview->columnWidth(column), 220));
    }
}

io::ImportMapping ImportDialog::mapping() const {
    io::ImportMapping result;
    result.join = io::joinKeyFromKey(m_joinBox->currentData().toString()).value_or(io::JoinKey::Id);
    result.keyColumn = m_keyColumnBox->currentText();
    for (const auto& [column, key] : m_mappingTable->columnTargets()) {
        if (!key.isEmpty()) {
            result.columns.emplace(key, column);
        }
    }
    result.datum = static_cast<geo::LonLatDatum>(m_datumBox->currentData().toInt());
    result.usePoints = m_usePoints->isChecked();
    result.addUnmatched = m_addUnmatched->isChecked();
    return result;
}

QString ImportDialog::duplicateTargetError() const {
    std::map<QString, QString> columnOf;
    const auto targets = m_mappingTable->columnTargets();
    // In the file's order, so that the message names the columns as the user sees them.
    for (const QString& column : m_table ? m_table->columns : QStringList()) {
        const auto it = targets.find(column);
        if (it == targets.end() || it->second.isEmpty()) {
            continue;
        }
        const auto [first, inserted] = columnOf.emplace(it->second, column);
        if (!inserted) {
            return tr("The columns \"%1\" and \"%2\" both import into %3; choose one.")
                .arg(first->second, column, m_mappingTable->targetLabel(it->second));
        }
    }
    return {};
}

void ImportDialog::updateOutcome() {
    if (m_filling) {
        return;
    }
    m_outcome.reset();
    if (!m_table) {
        showReport(m_readError, true);
        return;
    }
    if (const QString duplicate = duplicateTargetError(); !duplicate.isEmpty()) {
        showReport(duplicate, true);
        return;
    }
    auto prepared = io::prepareImport(m_plan, *m_table, mapping());
    if (!prepared) {
        showReport(prepared.error().message, true);
        return;
    }
    m_outcome = std::move(prepared).value();
    showReport(describe(*m_outcome), false);
}

QString ImportDialog::describe(const io::ImportOutcome& outcome) const {
    QStringList parts;
    parts << tr("%n row(s) matched", nullptr, outcome.matchedRows);
    const auto changed = static_cast<int>(outcome.updated.size());
    parts << (changed == 0 ? tr("no district would change")
                           : tr("%n district(s) will change", nullptr, changed));
    if (!outcome.added.empty()) {
        parts << tr("%n new district(s) will be added", nullptr,
                    static_cast<int>(outcome.added.size()));
    }
    if (!outcome.unmatched.empty()) {
        QStringList rows;
        const auto count = static_cast<int>(outcome.unmatched.size());
        for (int i = 0; i < std::min(count, kListedUnmatched); ++i) {
            const auto& row = outcome.unmatched[static_cast<std::size_t>(i)];
            rows << tr("%1 '%2': %3").arg(m_table->rowName(row.row), row.key, row.reason);
        }
        if (count > kListedUnmatched) {
            rows << tr("and %n more", nullptr, count - kListedUnmatched);
        }
        parts << tr("%n did not match: %1", nullptr, count).arg(rows.join(QStringLiteral("; ")));
    }
    QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
    for (const QString& warning : outcome.warnings) {
        text += QLatin1Char('\n') + tr("Note: %1").arg(warning);
    }
    return text;
}

void ImportDialog::showReport(const QString& text, bool isError) {
    m_report->setText(text);
    m_report->setStyleSheet(isError ? QStringLiteral("color: #b3261e;") : QString());
    const bool changes = m_outcome && (!m_outcome->updated.empty() || !m_outcome->added.empty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!isError && changes);
}

QString ImportDialog::report() const {
    return m_report->text();
}

void ImportDialog::setEncoding(std::optional<io::TextEncoding> encoding) {
    const int choice = encoding ? static_cast<int>(*encoding) : kAutomaticEncoding;
    m_encodingBox->setCurrentIndex(m_encodingBox->findData(choice));
}

void ImportDialog::setLayer(const QString& layer) {
    m_layerBox->setCurrentText(layer);
}

void ImportDialog::setJoin(io::JoinKey join, const QString& keyColumn) {
    m_joinBox->setCurrentIndex(m_joinBox->findData(io::joinKeyKey(join)));
    m_keyColumnBox->setCurrentText(keyColumn);
}

bool ImportDialog::setTarget(const QString& column, const QString& targetKey) {
    return m_mappingTable->setTarget(column, targetKey);
}

void ImportDialog::setDatum(geo::LonLatDatum datum) {
    m_datumBox->setCurrentIndex(m_datumBox->findData(static_cast<int>(datum)));
}

void ImportDialog::setUsePoints(bool use) {
    m_usePoints->setChecked(use);
}

void ImportDialog::setAddUnmatched(bool add) {
    m_addUnmatched->setChecked(add);
}

} // namespace agglomap::widgets
