"""store stage of the incidents pipeline."""
