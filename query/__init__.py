"""query stage of the incidents pipeline."""
