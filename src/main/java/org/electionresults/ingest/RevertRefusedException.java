package org.electionresults.ingest;

import java.util.List;

/**
 * A revert that cannot be made; nothing was changed.
 *
 * @see UploadService#revert
 */
public class RevertRefusedException extends RuntimeException {

	/** Why a revert is refused; the message key is {@code upload.revert.refused.<name>}. */
	public enum Reason {

		/** No committed upload with that id (a rejected file, a duplicate or a dry run changed nothing). */
		NOT_COMMITTED,

		/** A revert of it is already in effect. */
		ALREADY_REVERTED,

		/** It changed no tally. */
		NOTHING_TO_REVERT,

		/** A later upload changed some of the same actas. */
		LATER_CHANGES

	}

	private final long uploadId;

	private final Reason reason;

	private final int actas;

	private final List<Long> laterUploads;

	private final List<Integer> mesas;

	RevertRefusedException(long uploadId, Reason reason, int actas, List<Long> laterUploads, List<Integer> mesas) {
		super("Upload " + uploadId + " cannot be reverted: " + reason);
		this.uploadId = uploadId;
		this.reason = reason;
		this.actas = actas;
		this.laterUploads = List.copyOf(laterUploads);
		this.mesas = List.copyOf(mesas);
	}

	static RevertRefusedException because(long uploadId, Reason reason) {
		return new RevertRefusedException(uploadId, reason, 0, List.of(), List.of());
	}

	public long uploadId() {
		return this.uploadId;
	}

	public Reason reason() {
		return this.reason;
	}

	/** For {@link Reason#LATER_CHANGES}: how many actas a later upload changed. */
	public int actas() {
		return this.actas;
	}

	/** For {@link Reason#LATER_CHANGES}: the later uploads, oldest first. */
	public List<Long> laterUploads() {
		return this.laterUploads;
	}

	/** For {@link Reason#LATER_CHANGES}: the first of the mesas concerned. */
	public List<Integer> mesas() {
		return this.mesas;
	}

	/** The arguments of the reason's message: upload, actas, later uploads, mesas. */
	public Object[] messageArguments() {
		return new Object[] { this.uploadId, this.actas, join(this.laterUploads), join(this.mesas) };
	}

	private static String join(List<?> values) {
		return String.join(", ", values.stream().map(String::valueOf).toList());
	}

}
