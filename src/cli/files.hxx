// The user's files are sacred: what the CLI may know about an input before any office starts,
// and how an output reaches its folder — whole or not at all, never over an existing file unless
// asked. POSIX only (the launcher and the CLI are the only POSIX code; see docs on Windows).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "sangkien/core/text_file.hxx"

namespace sangkien::cli {

namespace fs = std::filesystem;

enum class InputKind
{
    spreadsheet,       // .ods/.fods/.xlsx/.xls… as far as its first bytes tell
    csv,               // text with a separator (UTF-8, UTF-16 or Windows-1258): see read_csv
    missing,
    folder,
    not_regular,       // a device, a pipe or a socket (/dev/zero, a FIFO): never read

    empty,
    unreadable,        // no permission to read
    text_document,     // a Writer (or other non-spreadsheet) office document
    encrypted,         // a password-protected OOXML file (an OLE2 "EncryptedPackage")
    not_spreadsheet,   // anything else (random bytes, an image…)
};

// Looks at the file (its type and first and last bytes) without opening it in an office.
InputKind inspect_input(const fs::path& path);

// The message key for an input kind that stops the command (empty for spreadsheet and csv).
const char* input_problem_key(InputKind kind);

// A CSV input as the office is given it: the text in UTF-8 (whatever the file's encoding), the
// encoding it was in and its separator (';', ',' or '\t': core::text_separator, ',' when none).
struct CsvText
{
    std::string utf8;
    core::TextEncoding encoding = core::TextEncoding::utf8;
    char separator = ',';
};

// Reads a whole CSV file; false when it cannot be read.
bool read_csv(const fs::path& path, CsvText& csv);

// The message key naming a CSV file's encoding ("UTF-16 (Excel's Unicode text)"…).
const char* encoding_name_key(core::TextEncoding encoding);

// The errno that stops writing into `folder` (made later when missing: its nearest existing
// parent is checked), 0 when it can be written. Checked before any long work; nothing is created.
int output_folder_problem(const fs::path& folder);

// Where an output named `wanted` goes: `wanted` itself when free (or when `overwrite`), else the
// next free name in its folder ("KetQuaXet (2).ods", "KetQuaXet (3).ods"…).
fs::path free_output_path(const fs::path& wanted, bool overwrite);

// Whether two paths name the same file (existing or not).
bool same_file(const fs::path& a, const fs::path& b);

// A failed publish, with the errno that explains it (ENOSPC, EACCES, EROFS…).
class PublishError : public std::runtime_error
{
public:
    PublishError(const fs::path& target, int error) : std::runtime_error(target.string()), target(target), error(error) {}
    fs::path target;
    int error;
};

// The message key for a failed publish: a full disk, no permission, or any other failure to write
// (each takes the folder and the file name).
const char* publish_problem_key(int error);

// Puts the finished file `staged` at `wanted` (creating its folder only now): copied to a hidden
// temporary name in the target folder, then renamed over `wanted` (overwrite) or linked to the
// next free name (never replacing a file, even one that appeared meanwhile). Returns the final
// path. On any failure nothing is left in the folder (nor the folder, when this made it) and
// PublishError is thrown.
fs::path publish(const fs::path& staged, const fs::path& wanted, bool overwrite);

// SIGINT, SIGTERM and SIGHUP remove a temporary file being published before the process ends.
void install_signal_cleanup();

} // namespace sangkien::cli
