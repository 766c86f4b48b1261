// Developer tool: turns the Writer templates' readable sources (templates/*.fodt, flat ODF that
// diffs well and opens in Writer) into the Writer templates the extension ships and staff edit
// (templates/*.ott), through a private headless office:
//   build/make_writer_templates templates
// An integration test checks that every committed .ott says what its .fodt says.
#include <filesystem>
#include <iostream>

#include <com/sun/star/uno/Exception.hpp>

#include "sangkien/launcher/office_calls.hxx"
#include "sangkien/launcher/office_session.hxx"

using namespace sangkien;

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        std::cerr << "usage: make_writer_templates TEMPLATES_DIR\n";
        return 2;
    }
    const std::filesystem::path folder = std::filesystem::absolute(argv[1]);
    try
    {
        launcher::PrivateOffice office(launcher::OfficeSetup{});
        for (const auto& entry : std::filesystem::directory_iterator(folder))
        {
            if (entry.path().extension() != ".fodt")
                continue;
            const auto target = std::filesystem::path(entry.path()).replace_extension(".ott");
            const launcher::Document document(office.context(), launcher::file_url(entry.path()));
            document.store_to(launcher::file_url(target), "writer8_template");
            std::cout << "wrote " << target << "\n";
        }
    }
    catch (const com::sun::star::uno::Exception& e)
    {
        std::cerr << to_utf8(e.Message) << "\n";
        return 1;
    }
    catch (const std::exception& e)
    {
        std::cerr << e.what() << "\n";
        return 1;
    }
    return 0;
}
