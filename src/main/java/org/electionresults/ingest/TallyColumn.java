package org.electionresults.ingest;

/**
 * The columns of the export other than the per-party vote columns, named as in the export.
 */
enum TallyColumn {

	CODIGO_MESA(Kind.COUNT, true),

	CANDIDATURA(Kind.TEXT, true),

	ID_PAIS(Kind.COUNT, true),

	PAIS(Kind.TEXT, true),

	ID_DEPARTAMENTO(Kind.COUNT, true),

	DEPARTAMENTO(Kind.TEXT, true),

	/** Required unless the header is the special-ballot layout. */
	CIRCUNSCRIPCION_UNINOMINAL(Kind.COUNT, false),

	/** Replaces the uninominal constituency on special-ballot rows. */
	CIRCUNSCRIPCION_ESPECIAL(Kind.COUNT, false),

	ID_PROVINCIA(Kind.COUNT, true),

	PROVINCIA(Kind.TEXT, true),

	SECCION(Kind.COUNT, true),

	MUNICIPIO(Kind.TEXT, true),

	ID_LOCALIDAD(Kind.COUNT, true),

	LOCALIDAD(Kind.TEXT, true),

	ID_RECINTO(Kind.COUNT, true),

	RECINTO(Kind.TEXT, true),

	NUMERO_MESA(Kind.COUNT, true),

	INSCRITOS_HABILITADOS(Kind.COUNT, true),

	VOTO_VALIDO(Kind.COUNT, true),

	VOTO_BLANCO(Kind.COUNT, true),

	VOTO_NULO(Kind.COUNT, true),

	VOTO_EMITIDO(Kind.COUNT, true),

	/** Optional: the OEP system's recount of VOTO_VALIDO. */
	VOTO_VALIDO_SISTEMA(Kind.COUNT, false),

	/** Optional: the OEP system's recount of VOTO_EMITIDO. */
	VOTO_EMITIDO_SISTEMA(Kind.COUNT, false);

	private final Kind kind;

	private final boolean required;

	TallyColumn(Kind kind, boolean required) {
		this.kind = kind;
		this.required = required;
	}

	/** Column id, as used by {@link ColumnCatalog} and {@link ColumnLayout}. */
	int id() {
		return ordinal();
	}

	boolean isText() {
		return this.kind == Kind.TEXT;
	}

	/** Whether every header must have this column. */
	boolean required() {
		return this.required;
	}

	enum Kind {

		COUNT, TEXT

	}

}
