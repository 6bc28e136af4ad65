"""Local stand-ins for the vendor's servers, used by tests; never imported by the client itself."""
