/* econex version macros. C99 and C++; included by econex.h and econex.hpp. */
#ifndef ECONEX_VERSION_H_
#define ECONEX_VERSION_H_

#define ECONEX_VERSION_MAJOR 0
#define ECONEX_VERSION_MINOR 1
#define ECONEX_VERSION_PATCH 0
/* MAJOR*10000 + MINOR*100 + PATCH, as in zstd. */
#define ECONEX_VERSION_NUMBER \
  (ECONEX_VERSION_MAJOR * 10000 + ECONEX_VERSION_MINOR * 100 + ECONEX_VERSION_PATCH)
#define ECONEX_VERSION_STRING "0.1.0"
/* Bumped whenever the built-in tables (indicators, units, regions) change. */
#define ECONEX_DATA_VERSION_STRING "2025.2"
/* The shared library's ABI version (SONAME libeconex.so.N), separate from the release. */
#define ECONEX_ABI_VERSION 1

#endif /* ECONEX_VERSION_H_ */
