# translations_sync_<catalogue>: are translations/<catalogue>_*.ts in step with the sources?
# Runs lupdate, exactly as the <target>_lupdate target would, on copies of the .ts files (never on
# the files themselves), then the catalogue checker on the copies: a tr() added since the last
# update appears as an unfinished message, a removed one as a vanished message, and both fail.
# Fix: `cmake --build <build> --target update_translations`, translate, commit.
#
# cmake -DLUPDATE=… -DPROJECT_FILE=<build>/.lupdate/<target>_project.cmake -DGENERATOR_SCRIPT=…
#       -DCATALOGUE=… -DTS_DIR=… -DWORK_DIR=… -DCHECKER=<tst_catalogues> -P this file
cmake_minimum_required(VERSION 3.21)
foreach(var LUPDATE PROJECT_FILE GENERATOR_SCRIPT CATALOGUE TS_DIR WORK_DIR CHECKER)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()
if(NOT EXISTS ${PROJECT_FILE})
    message(FATAL_ERROR "${PROJECT_FILE} does not exist: re-run CMake")
endif()

file(GLOB ts_files ${TS_DIR}/${CATALOGUE}_*.ts)
if(NOT ts_files)
    message(FATAL_ERROR "no ${CATALOGUE}_*.ts in ${TS_DIR}")
endif()
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(COPY ${ts_files} DESTINATION ${WORK_DIR})
file(GLOB copies ${WORK_DIR}/*.ts)

# The project file qt_add_lupdate() generated lists the target's sources and include paths;
# point its translations at the copies.
include(${PROJECT_FILE})
file(WRITE ${WORK_DIR}/project.cmake
    "set(lupdate_project_file \"${lupdate_project_file}\")
set(lupdate_include_paths \"${lupdate_include_paths}\")
set(lupdate_sources \"${lupdate_sources}\")
set(lupdate_translations \"${copies}\")
")
execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${WORK_DIR}/project.cmake
        -DOUT_FILE=${WORK_DIR}/project.json -P ${GENERATOR_SCRIPT}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project (${rc})")
endif()
execute_process(COMMAND ${LUPDATE} -silent -locations none -project ${WORK_DIR}/project.json
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc})")
endif()

execute_process(COMMAND ${CMAKE_COMMAND} -E env QTSIGNIN_TS_DIR=${WORK_DIR}
        QTSIGNIN_TS_CATALOGUE=${CATALOGUE} QT_QPA_PLATFORM=offscreen ${CHECKER}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "translations/${CATALOGUE}_*.ts are not in step with the sources (see "
        "above; the lupdated copies are in ${WORK_DIR}). Run `cmake --build <build> --target "
        "update_translations`, translate the new messages and drop nothing needed.")
endif()
message(STATUS "translations/${CATALOGUE}_*.ts are in step with the sources")
