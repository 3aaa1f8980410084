"""render stage of the incidents pipeline."""
