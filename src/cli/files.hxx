// The user's files are sacred: what the CLI may know about an input before any office starts,
// and how an output reaches its folder — whole or not at all, never over an existing file unless
// asked. POSIX only (the launcher and the CLI are the only POSIX code; see docs on Windows).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/text/text_file.hxx"

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

// The name `wanted` takes as the n-th of its kind: itself for 1, "KetQuaXet (n).ods" after. A stem
// is shortened (at a character boundary) so that the name stays within 255 bytes.
fs::path numbered_path(const fs::path& wanted, int n);

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

// A finished file and where it should go.
struct Publication
{
    fs::path staged;
    fs::path wanted;
};

// Puts the finished files of one set (a report or a dossier in several formats) into their folder,
// all of them or none: the folder is created only now; every file is first copied whole to a short
// hidden temporary name there (where a full disk shows), then each takes its name. Without
// `overwrite` no file is ever replaced, even one that appears meanwhile, on any file system:
// link() where hard links exist, else renameat2(RENAME_NOREPLACE), else the free name is reserved
// with open(O_EXCL) and the temporary renamed over that placeholder. The whole set takes the same
// number: "BienBan (2).odt" beside "BienBan (2).pdf", never beside "BienBan.pdf" of the same run.
// Returns the final paths, in order. On failure PublishError is thrown and only what this call
// created is removed: its temporaries, the files of the set already placed, and the folders it
// made when they are empty. With `overwrite` the files are renamed over the wanted names.
std::vector<fs::path> publish_set(const std::vector<Publication>& set, bool overwrite);

// publish_set() of one file.
fs::path publish(const fs::path& staged, const fs::path& wanted, bool overwrite);

// SIGINT, SIGTERM and SIGHUP remove what a publish in progress has created (its temporaries, the
// files of an unfinished set, the folders it made when empty) before the process ends.
void install_signal_cleanup();

} // namespace sangkien::cli
