# Stages every file of the extension in build/oxt/ and zips it into build/sangkien.oxt.

set(SANGKIEN_STAGE "${CMAKE_BINARY_DIR}/oxt")
set(SANGKIEN_OXT "${CMAKE_BINARY_DIR}/sangkien.oxt")

configure_file(extension/description.xml.in "${CMAKE_BINARY_DIR}/configured/description.xml" @ONLY)
configure_file(extension/META-INF/manifest.xml.in "${CMAKE_BINARY_DIR}/configured/manifest.xml" @ONLY)

file(GLOB SANGKIEN_STATIC_FILES CONFIGURE_DEPENDS
  "${CMAKE_SOURCE_DIR}/extension/config/*.xcu"
  "${CMAKE_SOURCE_DIR}/extension/config/*.xcs"
  "${CMAKE_SOURCE_DIR}/extension/icons/*.png"
  "${CMAKE_SOURCE_DIR}/extension/description/*.txt"
  "${CMAKE_SOURCE_DIR}/extension/registration/*.txt"
  "${CMAKE_SOURCE_DIR}/dialogs/*.xdl"
  "${CMAKE_SOURCE_DIR}/templates/*.ots"
  "${CMAKE_SOURCE_DIR}/templates/*.ott"
  "${CMAKE_SOURCE_DIR}/docs/help/*/help.fodt")

file(GLOB SANGKIEN_WRITER_TEMPLATES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/templates/*.ott")

# The dialog string resources: one set per dialog, named after it (About.xdl → About_vi_VN.properties).
file(GLOB SANGKIEN_DIALOGS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/dialogs/*.xdl")
set(SANGKIEN_DIALOG_STRING_COMMANDS)
foreach(dialog IN LISTS SANGKIEN_DIALOGS)
  get_filename_component(name "${dialog}" NAME_WE)
  string(TOLOWER "${name}" prefix)
  list(APPEND SANGKIEN_DIALOG_STRING_COMMANDS
    COMMAND sangkien_strings_tool dialog "${SANGKIEN_STRINGS_VI}" "${SANGKIEN_STRINGS_EN}"
            "${SANGKIEN_STAGE}/dialogs" "${name}" "${prefix}.")
endforeach()

add_custom_command(
  OUTPUT "${SANGKIEN_OXT}"
  COMMAND "${CMAKE_COMMAND}" -E rm -rf "${SANGKIEN_STAGE}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${SANGKIEN_STAGE}/META-INF" "${SANGKIEN_STAGE}/icons"
          "${SANGKIEN_STAGE}/dialogs" "${SANGKIEN_STAGE}/description" "${SANGKIEN_STAGE}/registration"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_BINARY_DIR}/configured/description.xml" "${SANGKIEN_STAGE}/"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_BINARY_DIR}/configured/manifest.xml" "${SANGKIEN_STAGE}/META-INF/"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_SOURCE_DIR}/extension/sangkien.component" "${SANGKIEN_STAGE}/"
  COMMAND "${CMAKE_COMMAND}" -E copy "${SANGKIEN_RDB}" "${SANGKIEN_STAGE}/"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/extension/config" "${SANGKIEN_STAGE}"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/extension/icons" "${SANGKIEN_STAGE}/icons"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/extension/description" "${SANGKIEN_STAGE}/description"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/extension/registration" "${SANGKIEN_STAGE}/registration"
  COMMAND "${CMAKE_COMMAND}" -E copy_directory "${CMAKE_SOURCE_DIR}/dialogs" "${SANGKIEN_STAGE}/dialogs"
  # The help: one Writer document per language (its pictures inside); the HTML pages beside it in
  # docs/help are for reading outside LibreOffice.
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${SANGKIEN_STAGE}/userhelp/vi" "${SANGKIEN_STAGE}/userhelp/en"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_SOURCE_DIR}/docs/help/vi/help.fodt" "${SANGKIEN_STAGE}/userhelp/vi/"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_SOURCE_DIR}/docs/help/en/help.fodt" "${SANGKIEN_STAGE}/userhelp/en/"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${SANGKIEN_STAGE}/templates"
  COMMAND "${CMAKE_COMMAND}" -E copy "${CMAKE_SOURCE_DIR}/templates/SoSangKien.ots" "${SANGKIEN_STAGE}/templates/"
  COMMAND "${CMAKE_COMMAND}" -E copy ${SANGKIEN_WRITER_TEMPLATES} "${SANGKIEN_STAGE}/templates/"
  ${SANGKIEN_DIALOG_STRING_COMMANDS}
  COMMAND "${CMAKE_STRIP}" --strip-unneeded -o "${SANGKIEN_STAGE}/libsangkien.so" "$<TARGET_FILE:sangkien_uno>"
  COMMAND "${CMAKE_COMMAND}" -E rm -f "${SANGKIEN_OXT}"
  COMMAND "${CMAKE_COMMAND}" -E chdir "${SANGKIEN_STAGE}" "${CMAKE_COMMAND}" -E tar cf "${SANGKIEN_OXT}" --format=zip
          description.xml META-INF sangkien.component sangkien.rdb libsangkien.so
          Addons.xcu ProtocolHandler.xcu CalcWindowState.xcu Settings.xcs OptionsDialog.xcu
          icons dialogs templates description registration userhelp
  DEPENDS sangkien_uno sangkien_strings_tool "${SANGKIEN_RDB}" ${SANGKIEN_STATIC_FILES}
          "${CMAKE_SOURCE_DIR}/extension/sangkien.component"
          "${CMAKE_BINARY_DIR}/configured/description.xml" "${CMAKE_BINARY_DIR}/configured/manifest.xml"
          "${SANGKIEN_STRINGS_VI}" "${SANGKIEN_STRINGS_EN}"
  COMMENT "Packaging sangkien.oxt")
add_custom_target(oxt ALL DEPENDS "${SANGKIEN_OXT}")
