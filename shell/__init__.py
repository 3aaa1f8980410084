"""shell stage of the incidents pipeline."""
