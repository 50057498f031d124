"""Qt-free, storage-free core: value objects and pure logic (dates, time scale, layout)."""
