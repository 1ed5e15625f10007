"""Proofs: crashes, fuzzing, state machines, hostile input and property tests across layers."""
