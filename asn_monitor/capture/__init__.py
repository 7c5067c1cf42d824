"""Taking evidence in: fetching a URL (:mod:`.url`) and checking a file's real type (:mod:`.sniff`)."""
