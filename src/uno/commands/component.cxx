// The shared library's entry point: the office asks it for factories by implementation name.
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>

#include "calc/addin.hxx"
#include "dialogs/options_page.hxx"
#include "commands/protocol_handler.hxx"

namespace {

using namespace sangkien::uno;

const cppu::ImplementationEntry kImplementations[] = {
    {AddIn::create, AddIn::implementation_name, AddIn::service_names, cppu::createSingleComponentFactory, nullptr, 0},
    {ProtocolHandler::create, ProtocolHandler::implementation_name, ProtocolHandler::service_names,
     cppu::createSingleComponentFactory, nullptr, 0},
    {OptionsHandler::create, OptionsHandler::implementation_name, OptionsHandler::service_names,
     cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation_name,
                                                                    void* service_manager, void* registry_key)
{
    try
    {
        return cppu::component_getFactoryHelper(implementation_name, service_manager, registry_key, kImplementations);
    }
    catch (...)
    {
        return nullptr;
    }
}
