#pragma once

#include "geo/region.h"
#include "io/import/district_import.h"

#include <QDialog>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace agglomap::widgets {

class ImportMappingTable;

// Imports district values from a data file (CSV, XLSX, ODS, GeoJSON, Shapefile, GeoPackage):
// shows the file as read (layer, text encoding, the first rows), which column finds each
// row's district and what every other column imports into, and says live what the import
// would do — or, in red, the first value it refuses. OK stays disabled until the import is
// valid and changes something; the caller applies outcome() to the plan.
class ImportDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY(ImportDialog)

public:
    ImportDialog(const model::Plan& plan, QString path, geo::LabelLanguage language,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // What the import would do with the current choices; nothing while the file cannot be
    // read or a value is refused.
    [[nodiscard]] std::optional<io::ImportOutcome> outcome() const { return m_outcome; }
    [[nodiscard]] io::ImportMapping mapping() const;
    [[nodiscard]] const std::optional<io::DataTable>& table() const { return m_table; }
    // The report line as shown, or the error.
    [[nodiscard]] QString report() const;

    // Nothing: as the file says or as detected.
    void setEncoding(std::optional<io::TextEncoding> encoding);
    void setLayer(const QString& layer);
    void setJoin(io::JoinKey join, const QString& keyColumn);
    // False when the file has no such column or there is no such target ("" ignores it).
    bool setTarget(const QString& column, const QString& targetKey);
    void setDatum(geo::LonLatDatum datum);
    void setUsePoints(bool use);
    void setAddUnmatched(bool add);

private:
    void buildWidgets();
    // Reads the file with the chosen layer and encoding, keeping the user's mapping where
    // the columns are still there.
    void readTable();
    void showTable();
    void fillPreview();
    void updateOutcome();
    [[nodiscard]] QString duplicateTargetError() const;
    [[nodiscard]] QString describe(const io::ImportOutcome& outcome) const;
    void showReport(const QString& text, bool isError);
    [[nodiscard]] std::optional<io::TextEncoding> chosenEncoding() const;

    const model::Plan& m_plan;
    QString m_path;
    geo::LabelLanguage m_language;
    std::optional<io::DataTable> m_table;
    QString m_readError;
    std::optional<io::ImportOutcome> m_outcome;
    bool m_filling = false;
    // The key column and targets chosen for the last table read, kept across a failed read.
    struct Choices {
        QString keyColumn;
        std::map<QString, QString> targets;
    };
    std::optional<Choices> m_choices;

    QFormLayout* m_fileForm = nullptr;
    QLabel* m_fileLabel = nullptr;
    QComboBox* m_layerBox = nullptr;
    QComboBox* m_encodingBox = nullptr;
    QTableView* m_preview = nullptr;
    QStandardItemModel* m_previewModel = nullptr;
    QComboBox* m_joinBox = nullptr;
    QComboBox* m_keyColumnBox = nullptr;
    ImportMappingTable* m_mappingTable = nullptr;
    QComboBox* m_datumBox = nullptr;
    QCheckBox* m_usePoints = nullptr;
    QCheckBox* m_addUnmatched = nullptr;
    QLabel* m_report = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace agglomap::widgets
