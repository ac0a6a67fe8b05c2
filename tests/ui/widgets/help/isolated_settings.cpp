// Every test program of the project keeps its settings in one file (QStandardPaths' test mode),
// and ctest runs them side by side, each clearing it as it starts. This suite saves settings and
// reads them back, so it keeps a file of its own.
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace {

class IsolatedSettings : public ::testing::Environment {
public:
    void SetUp() override {
        m_dir = std::make_unique<QTemporaryDir>();
        ASSERT_TRUE(m_dir->isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

[[maybe_unused]] const ::testing::Environment* const kIsolatedSettings =
    ::testing::AddGlobalTestEnvironment(new IsolatedSettings);

} // namespace
