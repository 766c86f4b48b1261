# Locates the LibreOffice SDK and office, generates the C++ UNO headers (the SDK ships none for the
# office API) and our own type library from idl/.

set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")

foreach(required IN ITEMS
    "${LO_PROGRAM_DIR}/types.rdb" "${LO_PROGRAM_DIR}/types/offapi.rdb"
    "${LO_SDK_DIR}/bin/cppumaker" "${LO_SDK_DIR}/bin/unoidl-write" "${LO_SDK_DIR}/include/sal/types.h")
  if(NOT EXISTS "${required}")
    message(FATAL_ERROR "LibreOffice SDK not found: missing ${required}. "
                        "Run ./build-oxt.sh, which installs libreoffice-dev.")
  endif()
endforeach()

set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
set(LO_CPPUMAKER "${LO_SDK_DIR}/bin/cppumaker")
set(LO_UNOIDL_WRITE "${LO_SDK_DIR}/bin/unoidl-write")

set(SANGKIEN_RDB "${CMAKE_BINARY_DIR}/sangkien.rdb")
set(LO_HEADERS_DIR "${CMAKE_BINARY_DIR}/uno_headers")
file(GLOB_RECURSE SANGKIEN_IDL_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/idl/*.idl")

add_custom_command(
  OUTPUT "${SANGKIEN_RDB}"
  COMMAND "${LO_UNOIDL_WRITE}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${CMAKE_SOURCE_DIR}/idl" "${SANGKIEN_RDB}"
  DEPENDS ${SANGKIEN_IDL_FILES}
  COMMENT "Writing our UNO type library")

# cppumaker needs an absolute output folder.
add_custom_command(
  OUTPUT "${LO_HEADERS_DIR}/office.stamp"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${LO_HEADERS_DIR}"
  COMMAND "${LO_CPPUMAKER}" -Gc "-O${LO_HEADERS_DIR}" "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}"
  COMMAND "${CMAKE_COMMAND}" -E touch "${LO_HEADERS_DIR}/office.stamp"
  COMMENT "Generating C++ headers for the office API")
add_custom_command(
  OUTPUT "${LO_HEADERS_DIR}/own.stamp"
  COMMAND "${LO_CPPUMAKER}" -Gc "-O${LO_HEADERS_DIR}" "-X${LO_TYPES_RDB}" "-X${LO_OFFAPI_RDB}" "${SANGKIEN_RDB}"
  COMMAND "${CMAKE_COMMAND}" -E touch "${LO_HEADERS_DIR}/own.stamp"
  DEPENDS "${SANGKIEN_RDB}" "${LO_HEADERS_DIR}/office.stamp"
  COMMENT "Generating C++ headers for our own UNO types")
add_custom_target(uno_headers DEPENDS "${LO_HEADERS_DIR}/office.stamp" "${LO_HEADERS_DIR}/own.stamp")

# Everything that includes UNO headers links this interface target.
add_library(lo_uno INTERFACE)
add_dependencies(lo_uno uno_headers)
target_include_directories(lo_uno SYSTEM INTERFACE "${LO_HEADERS_DIR}" "${LO_SDK_DIR}/include")
target_compile_definitions(lo_uno INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_directories(lo_uno INTERFACE "${LO_SDK_DIR}/lib")
target_link_libraries(lo_uno INTERFACE uno_cppuhelpergcc3 uno_cppu uno_sal)

# Programs that talk to an office from outside (CLI, integration tests) bootstrap the URE of the
# installed office.
add_library(lo_uno_client INTERFACE)
target_link_libraries(lo_uno_client INTERFACE lo_uno uno_salhelpergcc3)
target_link_options(lo_uno_client INTERFACE
  "-Wl,-rpath-link,${LO_PROGRAM_DIR}" "-Wl,-rpath,${LO_PROGRAM_DIR}")
target_compile_definitions(lo_uno_client INTERFACE SANGKIEN_LO_PROGRAM_DIR="${LO_PROGRAM_DIR}")

if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
  set(SANGKIEN_PLATFORM "linux_x86_64")
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "aarch64|arm64")
  set(SANGKIEN_PLATFORM "linux_aarch64")
else()
  message(FATAL_ERROR "Unsupported processor ${CMAKE_SYSTEM_PROCESSOR}")
endif()
