"""Monitoring dan Evaluasi Kerja Sama Daerah: desktop app for Setda Kota Tangerang."""

__version__ = "0.1.0"
