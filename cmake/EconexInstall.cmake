# Install rules (included from the top level when ECONEX_INSTALL is on):
# headers, libeconex.so.N and libeconex.a, the CMake package
# (econexConfig.cmake, econexConfigVersion.cmake, econexTargets.cmake with
# econex::econex and econex::econex_static) and econex.pc. The CLI installs
# itself (tools/CMakeLists.txt).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(ECONEX_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/econex"
    CACHE STRING "Where econexConfig.cmake is installed, relative to the prefix")
set(ECONEX_INSTALL_PKGCONFIGDIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig"
    CACHE STRING "Where econex.pc is installed, relative to the prefix")

install(FILES "${PROJECT_SOURCE_DIR}/capi/econex.h"
              "${PROJECT_SOURCE_DIR}/include/econex/econex.hpp"
              "${PROJECT_SOURCE_DIR}/include/econex/version.h"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/econex"
        COMPONENT econex_development)

install(TARGETS econex econex_static
  EXPORT econexTargets
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT econex_runtime
          NAMELINK_COMPONENT econex_development
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT econex_development
  RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT econex_runtime
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")

install(EXPORT econexTargets
  NAMESPACE econex::
  FILE econexTargets.cmake
  DESTINATION "${ECONEX_INSTALL_CMAKEDIR}"
  COMPONENT econex_development)

# How RE2 was found decides what the package config must recreate.
get_target_property(_econex_re2_aliased re2::re2 ALIASED_TARGET)
if(_econex_re2_aliased STREQUAL "PkgConfig::RE2")
  set(ECONEX_RE2_FROM_PKGCONFIG TRUE)
else()
  set(ECONEX_RE2_FROM_PKGCONFIG FALSE)
endif()
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/econexConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/econexConfig.cmake"
  INSTALL_DESTINATION "${ECONEX_INSTALL_CMAKEDIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/econexConfigVersion.cmake"
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/econexConfig.cmake"
              "${PROJECT_BINARY_DIR}/econexConfigVersion.cmake"
        DESTINATION "${ECONEX_INSTALL_CMAKEDIR}"
        COMPONENT econex_development)

# econex.pc, relocatable: paths are relative to the .pc file itself, so
# `cmake --install build --prefix ANYWHERE` gives a working file.
function(_econex_pc_path var dir)
  if(IS_ABSOLUTE "${dir}")
    set(${var} "${dir}" PARENT_SCOPE)
  else()
    set(${var} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
if(IS_ABSOLUTE "${ECONEX_INSTALL_PKGCONFIGDIR}")
  set(ECONEX_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  # From <prefix>/<pkgconfigdir> back up to <prefix>.
  file(RELATIVE_PATH _up "/root/${ECONEX_INSTALL_PKGCONFIGDIR}" "/root")
  string(REGEX REPLACE "/$" "" _up "${_up}")
  set(ECONEX_PC_PREFIX "\${pcfiledir}/${_up}")
endif()
_econex_pc_path(ECONEX_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
_econex_pc_path(ECONEX_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/econex.pc.in" "${PROJECT_BINARY_DIR}/econex.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/econex.pc"
        DESTINATION "${ECONEX_INSTALL_PKGCONFIGDIR}"
        COMPONENT econex_development)
