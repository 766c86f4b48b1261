// A private copy of a user's file, for the office to open instead of the file itself: shared by the
// CLI and the component (Gộp sổ). Standard C++ only.
#pragma once

#include <filesystem>
#include <system_error>

namespace sangkien::uno_common {

// Copies `from` to `to` (replacing an earlier copy of ours) and makes the copy readable and
// writable by us whatever the original's permissions: a read-only workbook stays read-only, while
// its copy must open like any other (an office opens a read-only file read-only, and a document
// opened read-only refuses the result sheets a review adds). False, with `error`, when it fails.
inline bool copy_privately(const std::filesystem::path& from, const std::filesystem::path& to, std::error_code& error)
{
    namespace fs = std::filesystem;
    if (!fs::copy_file(from, to, fs::copy_options::overwrite_existing, error))
        return false;
    fs::permissions(to, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::add, error);
    return !error;
}

} // namespace sangkien::uno_common
