#include "workspace_fixture.h"

#include "support/test_data.h"

#include <QAbstractItemModelTester>

namespace agglomap::test {

namespace {

QStringList& warnings() {
    static QStringList list;
    return list;
}

QtMessageHandler& previousHandler() {
    static QtMessageHandler handler = nullptr;
    return handler;
}

void collectModelTestWarnings(QtMsgType type, const QMessageLogContext& context,
                              const QString& message) {
    if (context.category && QLatin1String(context.category) == QLatin1String("qt.modeltest")) {
        warnings() << message;
    }
    if (previousHandler()) {
        previousHandler()(type, context, message);
    }
}

} // namespace

void WorkspaceTest::SetUp() {
    auto opened = io::openPlan(QStringLiteral("henan"), mapsDirectory());
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    m_opened = std::move(opened).value();
    m_analysis = std::make_unique<analysis::PlanAnalysis>(*m_opened.plan);
    warnings().clear();
    previousHandler() = qInstallMessageHandler(collectModelTestWarnings);
}

void WorkspaceTest::TearDown() {
    m_testers.clear();
    qInstallMessageHandler(previousHandler());
    EXPECT_TRUE(warnings().isEmpty()) << warnings().join(QLatin1Char('\n')).toStdString();
}

void WorkspaceTest::watch(QAbstractItemModel* model) {
    m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::Warning));
}

const QStringList& WorkspaceTest::modelTestWarnings() {
    return warnings();
}

model::District WorkspaceTest::newDistrict() const {
    model::District district;
    district.nameZh = QStringLiteral("源汇区产业集聚区");
    district.nameEn = QStringLiteral("Yuanhui District Industrial Agglomeration District");
    district.hostCounty = 411102;
    district.industries = {{sector("C13-14"), 80.0, 9000, 120, 110, 0.0}};
    district.leadingIndustries = {sector("C13-14")};
    district.finance.businessIncome = 75.0;
    return district;
}

model::SectorIndex WorkspaceTest::sector(const char* code) const {
    return *m_opened.plan->sectors().indexOf(QLatin1String(code));
}

} // namespace agglomap::test
