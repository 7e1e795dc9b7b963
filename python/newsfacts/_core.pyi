# Hand-written stub of the Rust extension module (src/lib.rs).

__version__: str

class NewsfactsError(Exception):
    """Base class of the errors newsfacts raises itself."""

def extract_batch(
    texts: list[str],
    titles: list[str | None],
    published: list[str | None],
    threads: int | None = None,
) -> list[dict]:
    """Extract facts from parallel lists of validated inputs; one dict per text, `id` None."""

def default_thread_count() -> int:
    """Threads a batch uses when none are given (NEWSFACTS_NUM_THREADS or all cores)."""

def extract_json(text: str, published: str | None = None) -> str:
    """The engine's own JSON for one article (UTF-8 byte offsets), for debugging."""

def extract_tables(
    texts: list[str],
    titles: list[str | None],
    published: list[str | None],
    threads: int | None = None,
    base: int = 0,
) -> dict[str, list[tuple[str, tuple]]]:
    """Raw Arrow buffers of the five result tables (wrapped by newsfacts.arrow)."""

def _panic_probe(texts: list[str], panic_at: int, threads: int | None = None) -> list[dict]:
    """Test hook: a batch in which article `panic_at` panics inside the engine."""
