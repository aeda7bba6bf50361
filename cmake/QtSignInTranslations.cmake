# Translations of the QtSignIn libraries (and of the demo): one catalogue per library, each
# embedded into its library and loaded by it at start-up. See translations/README.md.
#
#   qtsignin_add_translations(<target> CATALOGUE <name> [SOURCE_TARGETS <targets…>])
#
# - translations/<name>_<lang>.ts for every language in QTSIGNIN_LANGUAGES; `cmake --build
#   <build> --target update_translations` (or <target>_lupdate) refreshes them from <target>'s
#   sources and creates missing ones;
# - the .qm files are compiled by lrelease and embedded into <target> under :/qtsignin/i18n/;
# - a generated start-up function (Q_COREAPP_STARTUP_FUNCTION) in <target> registers the
#   catalogue with QtSignInCore, which loads it for the application's locale (apps do nothing);
# - with QTSIGNIN_BUILD_TESTING, the test translations_sync_<name> fails when the .ts files are
#   out of date with the sources (a new tr() without translation, or a removed one).
#
# SOURCE_TARGETS: further targets whose strings belong to this catalogue, scanned by lupdate with
# <target>'s own sources. For code in a static library: its strings ship with the executable (or
# shared library) that links it, e.g. the demo's windows in qtsignin-demo-lib, translated by the
# catalogue of qtsignin-demo. Call the function after those targets have all their sources.
#
#   qtsignin_embed_translations(<target> CATALOGUE <name>)
#
# Builds a catalogue that another target owns (its qtsignin_add_translations() call, made before
# this one) into <target> as well, registered by the same start-up function: for a test that runs
# an executable's QML files in-process and needs the executable's strings. The .qm files are the
# owner's (one lrelease, one set of .ts files, one sync test).

set(QTSIGNIN_LANGUAGES de fr es it pt_BR ja zh_CN ko ru ar)
set(QTSIGNIN_TRANSLATIONS_DIR ${CMAKE_CURRENT_LIST_DIR}/../translations)
get_filename_component(QTSIGNIN_TRANSLATIONS_DIR ${QTSIGNIN_TRANSLATIONS_DIR} ABSOLUTE)
set(QTSIGNIN_TRANSLATIONS_CMAKE_DIR ${CMAKE_CURRENT_LIST_DIR})

find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

function(qtsignin_add_translations target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "CATALOGUE" "SOURCE_TARGETS")
    if(NOT arg_CATALOGUE)
        message(FATAL_ERROR "qtsignin_add_translations(${target}): CATALOGUE is required")
    endif()
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "STATIC_LIBRARY")
        # The start-up function would live in an object file nothing references, and the linker
        # would drop it from an application: build QtSignIn's libraries shared, or add an OBJECT
        # library here the way qt_add_resources() does.
        message(FATAL_ERROR "qtsignin_add_translations(${target}): static libraries are not "
            "supported (the start-up function would be dropped by the linker); give the "
            "executable or shared library that links it, with SOURCE_TARGETS ${target}")
    endif()

    set(ts_files "")
    foreach(lang IN LISTS QTSIGNIN_LANGUAGES)
        list(APPEND ts_files ${QTSIGNIN_TRANSLATIONS_DIR}/${arg_CATALOGUE}_${lang}.ts)
    endforeach()
    # A new catalogue starts as an empty file, created here rather than by the rule that
    # qt_add_lrelease() adds for a missing .ts: that rule runs lupdate without sources and, if it
    # ever runs again, marks every message of the real file as vanished.
    foreach(ts IN LISTS ts_files)
        if(NOT EXISTS ${ts})
            get_filename_component(name ${ts} NAME_WE)
            string(REGEX REPLACE "^${arg_CATALOGUE}_" "" lang ${name})
            file(WRITE ${ts} "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n"
                "<TS version=\"2.1\" language=\"${lang}\">\n</TS>\n")
            message(STATUS "created ${ts}: build the target ${target}_lupdate, then translate it")
        endif()
    endforeach()
    set(qm_dir ${CMAKE_CURRENT_BINARY_DIR}/i18n)
    set_source_files_properties(${ts_files} PROPERTIES OUTPUT_LOCATION ${qm_dir})

    # -no-obsolete: a removed string leaves the catalogue (the sync test runs without it, so it
    # reports the string as vanished instead). Relative locations help translators find the code.
    set(lupdate_sources "")
    if(arg_SOURCE_TARGETS)
        # qt_add_lupdate() scans one target's SOURCES (relative paths are taken from the calling
        # directory) unless given a list: then list them all, made absolute against each
        # target's own directory. Generated files (moc, resources) have nothing to translate.
        foreach(source_target IN ITEMS ${target} ${arg_SOURCE_TARGETS})
            if(NOT TARGET ${source_target})
                message(FATAL_ERROR "qtsignin_add_translations(${target}): SOURCE_TARGETS "
                    "${source_target} is not a target")
            endif()
            get_target_property(sources ${source_target} SOURCES)
            get_target_property(source_dir ${source_target} SOURCE_DIR)
            foreach(source IN LISTS sources)
                if(source MATCHES "\\$<")
                    continue()
                endif()
                get_filename_component(source ${source} ABSOLUTE BASE_DIR ${source_dir})
                string(FIND "${source}" "${CMAKE_BINARY_DIR}/" in_build)
                if(NOT in_build EQUAL 0)
                    list(APPEND lupdate_sources ${source})
                endif()
            endforeach()
        endforeach()
        list(REMOVE_DUPLICATES lupdate_sources)
        set(lupdate_sources SOURCES ${lupdate_sources})
    endif()
    qt_add_lupdate(${target} TS_FILES ${ts_files} ${lupdate_sources}
        OPTIONS -no-obsolete -locations relative)
    qt_add_lrelease(${target} TS_FILES ${ts_files} QM_FILES_OUTPUT_VARIABLE qm_files)

    _qtsignin_embed_catalogue(${target} ${arg_CATALOGUE} ${qm_dir} "${qm_files}" "")
    # For qtsignin_embed_translations().
    set_property(GLOBAL PROPERTY QTSIGNIN_CATALOGUE_${arg_CATALOGUE}_OWNER ${target})
    set_property(GLOBAL PROPERTY QTSIGNIN_CATALOGUE_${arg_CATALOGUE}_QM_DIR ${qm_dir})
    set_property(GLOBAL PROPERTY QTSIGNIN_CATALOGUE_${arg_CATALOGUE}_QM_FILES "${qm_files}")

    if(QTSIGNIN_BUILD_TESTING AND TARGET Qt6::lupdate)
        add_test(NAME translations_sync_${arg_CATALOGUE}
            COMMAND ${CMAKE_COMMAND}
                -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
                -DPROJECT_FILE=${CMAKE_CURRENT_BINARY_DIR}/.lupdate/${target}_project.cmake
                -DGENERATOR_SCRIPT=${_Qt6_LINGUIST_TOOLS_DIR}/GenerateLUpdateProject.cmake
                -DCATALOGUE=${arg_CATALOGUE}
                -DTS_DIR=${QTSIGNIN_TRANSLATIONS_DIR}
                -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/translations_sync_${arg_CATALOGUE}
                -DCHECKER=$<TARGET_FILE:tst_catalogues>
                -P ${QTSIGNIN_TRANSLATIONS_CMAKE_DIR}/QtSignInCheckTranslationsSync.cmake)
        set_tests_properties(translations_sync_${arg_CATALOGUE} PROPERTIES
            LABELS translations TIMEOUT 120)
    endif()
endfunction()

function(qtsignin_embed_translations target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "CATALOGUE" "")
    get_property(owner GLOBAL PROPERTY QTSIGNIN_CATALOGUE_${arg_CATALOGUE}_OWNER)
    if(NOT owner)
        message(FATAL_ERROR "qtsignin_embed_translations(${target}): no catalogue "
            "\"${arg_CATALOGUE}\"; call it after qtsignin_add_translations(<owner> CATALOGUE "
            "${arg_CATALOGUE})")
    endif()
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "STATIC_LIBRARY")
        message(FATAL_ERROR "qtsignin_embed_translations(${target}): static libraries are not "
            "supported (the start-up function would be dropped by the linker)")
    endif()
    get_property(qm_dir GLOBAL PROPERTY QTSIGNIN_CATALOGUE_${arg_CATALOGUE}_QM_DIR)
    get_property(qm_files GLOBAL PROPERTY QTSIGNIN_CATALOGUE_${arg_CATALOGUE}_QM_FILES)
    # The .qm files come from the owner's directory: build them first (Makefile generators do not
    # see another directory's custom commands).
    add_dependencies(${target} ${owner}_lrelease)
    # A file name of its own: the directory may hold other targets that embed the catalogue.
    _qtsignin_embed_catalogue(${target} ${arg_CATALOGUE} ${qm_dir} "${qm_files}" "${target}_")
endfunction()

# The .qm files as resources of <target> under :/qtsignin/i18n/, and the start-up function that
# registers the catalogue with QtSignInCore (generated as <startup_prefix><resource>_startup.cpp).
function(_qtsignin_embed_catalogue target catalogue qm_dir qm_files startup_prefix)
    string(MAKE_C_IDENTIFIER "${catalogue}_i18n" resource)
    qt_add_resources(${target} ${resource}
        PREFIX /qtsignin/i18n
        BASE ${qm_dir}
        FILES ${qm_files})

    set(QTSIGNIN_CATALOGUE ${catalogue})
    set(QTSIGNIN_CATALOGUE_RESOURCE ${resource})
    set(startup ${CMAKE_CURRENT_BINARY_DIR}/${startup_prefix}${resource}_startup.cpp)
    configure_file(${QTSIGNIN_TRANSLATIONS_CMAKE_DIR}/qtsignin_i18n_startup.cpp.in ${startup} @ONLY)
    target_sources(${target} PRIVATE ${startup})
    # The start-up function includes QtSignInCore's private i18n/translations_p.h.
    target_include_directories(${target} PRIVATE ${PROJECT_SOURCE_DIR}/src/core)
endfunction()
