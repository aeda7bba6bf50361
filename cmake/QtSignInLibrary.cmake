# qtsignin_add_library(<target> EXPORT_NAME <Name> EXPORT_MACRO <BASE>
#                      SOURCES <files…> PUBLIC_HEADERS <files…>)
#
# One QtSignIn shared library: SOVERSION, the QtSignIn::<Name> alias and export name, a
# generated export header include/QtSignIn/<target lower-case>_export.h with <BASE>_EXPORT,
# the include directories, and the installation of the library, its public headers and its
# export header into the QtSignInTargets export set.
function(qtsignin_add_library target)
    cmake_parse_arguments(L "" "EXPORT_NAME;EXPORT_MACRO" "SOURCES;PUBLIC_HEADERS" ${ARGN})
    string(TOLOWER ${target} lower)
    set(export_header ${PROJECT_BINARY_DIR}/include/QtSignIn/${lower}_export.h)

    add_library(${target} SHARED ${L_SOURCES} ${L_PUBLIC_HEADERS})
    add_library(QtSignIn::${L_EXPORT_NAME} ALIAS ${target})
    set_target_properties(${target} PROPERTIES
        EXPORT_NAME ${L_EXPORT_NAME}
        OUTPUT_NAME ${target}
        VERSION ${PROJECT_VERSION}
        SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR})
    generate_export_header(${target} BASE_NAME ${L_EXPORT_MACRO} EXPORT_FILE_NAME ${export_header})
    target_include_directories(${target}
        PUBLIC
            $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
            $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
            $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
        PRIVATE
            ${CMAKE_CURRENT_SOURCE_DIR})

    install(TARGETS ${target} EXPORT QtSignInTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
    install(FILES ${L_PUBLIC_HEADERS} ${export_header}
            DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/QtSignIn)
endfunction()
