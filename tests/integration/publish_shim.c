/* For cli_files_test.sh, loaded with LD_PRELOAD into the CLI: the file systems and the moments a
 * publish must survive, on any machine.
 *   SANGKIEN_SHIM_NO_LINK=1     no hard links and no renameat2 flags, as on FAT32/exFAT through
 *                               FUSE and some shares: link() fails with EPERM, renameat2(flags)
 *                               with EINVAL
 *   SANGKIEN_SHIM_NO_LINK=2     no hard links, renameat2(RENAME_NOREPLACE) works (vfat, exfat in a
 *                               recent kernel)
 *   SANGKIEN_SHIM_CLASH=NAME    the first time a file is to take the name NAME (by link,
 *                               renameat2 or a placeholder made with O_EXCL; once for each NAME),
 *                               another writer takes it a moment before
 *   SANGKIEN_SHIM_SLOW=NAME     taking the name NAME waits 3 s first (once), for a signal to come
 *   SANGKIEN_SHIM_FAIL=NAME     taking the name NAME fails as on a broken disk (EIO)
 *   SANGKIEN_SHIM_DROP=NAME     with FAIL: another writer puts NAME in that folder just before */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Tells a test that the shim is there. */
int sangkien_publish_shim = 1;

/* Only the CLI: the office it starts stores its documents as usual. */
__attribute__((constructor)) static void only_this_process(void)
{
    unsetenv("LD_PRELOAD");
}

/* The next definition of `name` (libc's), as a function pointer of the caller's type. */
static void next(const char* name, void* function_pointer)
{
    void* symbol = dlsym(RTLD_NEXT, name);
    memcpy(function_pointer, &symbol, sizeof symbol);
}

static const char* base_name(const char* path)
{
    const char* slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static int names(const char* variable, const char* path)
{
    const char* name = getenv(variable);
    return name && *name && strcmp(base_name(path), name) == 0;
}

static void write_file(const char* path, const char* text)
{
    const int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    if (write(fd, text, strlen(text)) < 0)
        perror("publish_shim");
    close(fd);
}

static void another_writer(const char* target)
{
    static char done[4096], slept[4096];
    if (names("SANGKIEN_SHIM_SLOW", target) && strcmp(slept, base_name(target)) != 0)
    {
        snprintf(slept, sizeof slept, "%s", base_name(target));
        sleep(3);
    }
    if (!names("SANGKIEN_SHIM_CLASH", target) || strcmp(done, base_name(target)) == 0)
        return;
    snprintf(done, sizeof done, "%s", base_name(target));
    write_file(target, "another writer\n");
}

static int broken(const char* target)
{
    if (!names("SANGKIEN_SHIM_FAIL", target))
        return 0;
    const char* drop = getenv("SANGKIEN_SHIM_DROP");
    if (drop && *drop)
    {
        char path[4096];
        const size_t folder = (size_t)(base_name(target) - target);
        if (folder + strlen(drop) < sizeof path)
        {
            memcpy(path, target, folder);
            strcpy(path + folder, drop);
            write_file(path, "another writer\n");
        }
    }
    errno = EIO;
    return 1;
}

static int no_link(void)
{
    const char* value = getenv("SANGKIEN_SHIM_NO_LINK");
    return value && (*value == '1' || *value == '2');
}

static int no_rename_flags(void)
{
    const char* value = getenv("SANGKIEN_SHIM_NO_LINK");
    return value && *value == '1';
}

int link(const char* from, const char* to)
{
    another_writer(to);
    if (broken(to))
        return -1;
    if (no_link())
    {
        errno = EPERM;
        return -1;
    }
    int (*real)(const char*, const char*);
    next("link", &real);
    return real(from, to);
}

int linkat(int from_dir, const char* from, int to_dir, const char* to, int flags)
{
    another_writer(to);
    if (broken(to))
        return -1;
    if (no_link())
    {
        errno = EPERM;
        return -1;
    }
    int (*real)(int, const char*, int, const char*, int);
    next("linkat", &real);
    return real(from_dir, from, to_dir, to, flags);
}

int renameat2(int from_dir, const char* from, int to_dir, const char* to, unsigned int flags)
{
    another_writer(to);
    if (broken(to))
        return -1;
    if (flags != 0 && no_rename_flags())
    {
        errno = EINVAL;
        return -1;
    }
    int (*real)(int, const char*, int, const char*, unsigned int);
    next("renameat2", &real);
    return real(from_dir, from, to_dir, to, flags);
}

int rename(const char* from, const char* to)
{
    if (broken(to))
        return -1;
    int (*real)(const char*, const char*);
    next("rename", &real);
    return real(from, to);
}

/* A placeholder reserved with O_EXCL: another writer may take the name a moment before. */
static int open_as(const char* name, const char* path, int flags, va_list arguments)
{
    const mode_t mode = (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(arguments, mode_t) : 0;
    if ((flags & O_CREAT) && (flags & O_EXCL))
        another_writer(path);
    int (*real)(const char*, int, ...);
    next(name, &real);
    return real(path, flags, mode);
}

int open(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const int fd = open_as("open", path, flags, arguments);
    va_end(arguments);
    return fd;
}

int open64(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const int fd = open_as("open64", path, flags, arguments);
    va_end(arguments);
    return fd;
}
