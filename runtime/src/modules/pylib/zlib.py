# zlib for Reap: the native `_zlib` (runtime/src/modules/zlib.rs) under CPython's name, without
# the `Compress` and `Decompress` classes, which CPython's module does not export either. The
# module's docstring is CPython's, from `_zlib`.

from _zlib import (
    DEFLATED, DEF_BUF_SIZE, DEF_MEM_LEVEL, MAX_WBITS, ZLIB_RUNTIME_VERSION, ZLIB_VERSION,
    Z_BEST_COMPRESSION, Z_BEST_SPEED, Z_BLOCK, Z_DEFAULT_COMPRESSION, Z_DEFAULT_STRATEGY,
    Z_FILTERED, Z_FINISH, Z_FIXED, Z_FULL_FLUSH, Z_HUFFMAN_ONLY, Z_NO_COMPRESSION, Z_NO_FLUSH,
    Z_PARTIAL_FLUSH, Z_RLE, Z_SYNC_FLUSH, Z_TREES, __doc__, __version__, adler32, compress,
    compressobj, crc32, decompress, decompressobj, error,
)
