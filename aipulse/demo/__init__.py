"""The bundled demo news sites: a newsroom and a wire service that republishes some of its stories."""
