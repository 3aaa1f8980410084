"""extract stage of the incidents pipeline."""
