/* For cli_files_test.sh, loaded with LD_PRELOAD into the CLI: the file systems and the moments a
 * publish must survive, on any machine.
 *   SANGKIEN_SHIM_NO_LINK=1     no hard links and no renameat2 flags, as on FAT32/exFAT sticks and
 *                               some shares: link() fails with EPERM, renameat2(flags) with EINVAL
 *   SANGKIEN_SHIM_CLASH=NAME    the first time a file is to take the name NAME, another writer
 *                               takes it a moment before
 *   SANGKIEN_SHIM_FAIL=NAME     taking the name NAME fails as on a broken disk (EIO)
 *   SANGKIEN_SHIM_DROP=NAME     with FAIL: another writer puts NAME in that folder just before */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Only the CLI: the office it starts stores its documents as usual. */
__attribute__((constructor)) static void only_this_process(void)
{
    unsetenv("LD_PRELOAD");
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
    static int done;
    if (done || !names("SANGKIEN_SHIM_CLASH", target))
        return;
    done = 1;
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
    int (*real)(const char*, const char*) = (int (*)(const char*, const char*))dlsym(RTLD_NEXT, "link");
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
    int (*real)(int, const char*, int, const char*, int) =
        (int (*)(int, const char*, int, const char*, int))dlsym(RTLD_NEXT, "linkat");
    return real(from_dir, from, to_dir, to, flags);
}

int renameat2(int from_dir, const char* from, int to_dir, const char* to, unsigned int flags)
{
    another_writer(to);
    if (broken(to))
        return -1;
    if (flags != 0 && no_link())
    {
        errno = EINVAL;
        return -1;
    }
    int (*real)(int, const char*, int, const char*, unsigned int) =
        (int (*)(int, const char*, int, const char*, unsigned int))dlsym(RTLD_NEXT, "renameat2");
    return real(from_dir, from, to_dir, to, flags);
}

int rename(const char* from, const char* to)
{
    if (broken(to))
        return -1;
    int (*real)(const char*, const char*) = (int (*)(const char*, const char*))dlsym(RTLD_NEXT, "rename");
    return real(from, to);
}
