# Finds RE2, ICU and Boost (headers: Spirit X3) from the system (Debian packages).
find_package(PkgConfig QUIET)

find_package(re2 CONFIG QUIET)
if(NOT TARGET re2::re2)
  # Debian's libre2-dev ships a pkg-config file and no CMake config.
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET GLOBAL re2)
  add_library(re2::re2 ALIAS PkgConfig::RE2)
endif()

find_package(ICU REQUIRED COMPONENTS uc data)
find_package(Boost 1.74 REQUIRED)
find_package(Threads REQUIRED)

set(ECONEX_WARNINGS -Wall -Wextra -Wpedantic -Wshadow=local -Wno-missing-field-initializers)
