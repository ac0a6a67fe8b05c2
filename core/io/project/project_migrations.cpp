#include "io/project/project_migrations.h"

#include "io/project/project_file.h"

namespace agglomap::io::project {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps{
        // 1 -> 2: per-value provenance and the reference economy arrive as new tables. A file
        // without them marks illustrative values by group in its districts table; the plan
        // reader turns each such group into per-value marks, so nothing is rewritten here.
        [](ProjectTables&) -> Status { return {}; },
    };
    return steps;
}

Status migrate(ProjectTables& tables, int version) {
    Q_ASSERT(migrations().size() == static_cast<std::size_t>(kProjectSchemaVersion - 1));
    Q_ASSERT(version >= 1 && version <= kProjectSchemaVersion);
    for (int from = version; from < kProjectSchemaVersion; ++from) {
        if (const Status status = migrations()[static_cast<std::size_t>(from - 1)](tables);
            !status) {
            return status;
        }
    }
    return {};
}

} // namespace agglomap::io::project
