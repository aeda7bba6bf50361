# consumer_install: install the build tree into a scratch prefix, check the installed files,
# then configure, build and run tests/consumer against that prefix only.
# Run by ctest: cmake -DBUILD_DIR=… -DSOURCE_DIR=… -DWORK_DIR=… -DGENERATOR=… -DCXX_COMPILER=…
#               -DEXPECTED_VERSION=… -P check-install.cmake
cmake_minimum_required(VERSION 3.21)
foreach(var BUILD_DIR SOURCE_DIR WORK_DIR GENERATOR CXX_COMPILER EXPECTED_VERSION)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run step)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${step} failed (${rc}): ${ARGN}")
    endif()
endfunction()

run("install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# The package must be complete: library, headers (with the generated export header) and the
# CMake package files. The library directory follows GNUInstallDirs (lib or lib/<multiarch>).
file(GLOB_RECURSE config LIST_DIRECTORIES false ${prefix}/*/QtSignInConfig.cmake)
if(NOT config)
    message(FATAL_ERROR "QtSignInConfig.cmake was not installed")
endif()
get_filename_component(cmake_dir ${config} DIRECTORY)
get_filename_component(lib_dir ${cmake_dir}/../.. ABSOLUTE)
foreach(file
        ${cmake_dir}/QtSignInConfig.cmake
        ${cmake_dir}/QtSignInConfigVersion.cmake
        ${cmake_dir}/QtSignInTargets.cmake
        ${prefix}/include/QtSignIn/qtsigninglobal.h
        ${prefix}/include/QtSignIn/qtsignincore_export.h
        ${prefix}/include/QtSignIn/pkcechallenge.h
        ${prefix}/include/QtSignIn/tokenset.h
        ${lib_dir}/libQtSignInCore.so)
    if(NOT EXISTS ${file})
        message(FATAL_ERROR "not installed: ${file}")
    endif()
endforeach()
# No private header may leak into the installed tree.
file(GLOB_RECURSE private_headers ${prefix}/*_p.h)
if(private_headers)
    message(FATAL_ERROR "private headers installed: ${private_headers}")
endif()
message(STATUS "installed package in ${prefix} is complete (${cmake_dir})")

run("configure consumer" ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
    -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
    -DQTSIGNIN_REQUIRED_VERSION=${EXPECTED_VERSION})
run("build consumer" ${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run("run consumer" ${WORK_DIR}/build/consumer)

# find_package must have found the scratch prefix, not some other installed copy.
file(STRINGS ${WORK_DIR}/build/CMakeCache.txt found REGEX "^QtSignIn_DIR:")
string(FIND "${found}" "${prefix}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "consumer found QtSignIn elsewhere: ${found}")
endif()
