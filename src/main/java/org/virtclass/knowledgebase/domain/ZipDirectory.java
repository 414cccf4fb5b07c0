package org.virtclass.knowledgebase.domain;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Reads a zip by its central directory, the index at its end: names and declared sizes
 * come without inflating anything, so an entry that will be skipped or refused costs
 * nothing, however large it claims or turns out to be. Java's zip readers either inflate
 * every entry they pass (the stream reader) or refuse the whole archive at a name that is
 * not UTF-8 (both); this one reports such a name, escaped. No ZIP64: a knowledge base
 * never comes near 4 GB, so such archives are refused.
 */
final class ZipDirectory {

	private static final int END = 0x06054b50;

	private static final int CENTRAL = 0x02014b50;

	private static final int LOCAL = 0x04034b50;

	/**
	 * One entry: {@code name} is null when the stored name is not UTF-8;
	 * {@code shownName} always reads.
	 */
	record Entry(String name, String shownName, int method, long compressedSize, long size, long localOffset) {

		boolean isDirectory() {
			return this.shownName.endsWith("/");
		}

	}

	private final ByteBuffer zip;

	private final List<Entry> entries;

	ZipDirectory(byte[] bytes, int maxEntries) throws ZipException {
		this.zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int end = findEnd(bytes);
		int count = this.zip.getShort(end + 10) & 0xFFFF;
		long offset = this.zip.getInt(end + 16) & 0xFFFFFFFFL;
		if (count == 0xFFFF || offset == 0xFFFFFFFFL) {
			throw new ZipException("ZIP64 is not supported");
		}
		List<Entry> list = new ArrayList<>();
		int at = (int) Math.min(offset, bytes.length);
		for (int i = 0; i < count && list.size() <= maxEntries; i++) {
			if (at + 46 > bytes.length || this.zip.getInt(at) != CENTRAL) {
				throw new ZipException("broken central directory");
			}
			int method = this.zip.getShort(at + 10) & 0xFFFF;
			long compressed = this.zip.getInt(at + 20) & 0xFFFFFFFFL;
			long size = this.zip.getInt(at + 24) & 0xFFFFFFFFL;
			int nameLength = this.zip.getShort(at + 28) & 0xFFFF;
			int extraLength = this.zip.getShort(at + 30) & 0xFFFF;
			int commentLength = this.zip.getShort(at + 32) & 0xFFFF;
			long local = this.zip.getInt(at + 42) & 0xFFFFFFFFL;
			if (at + 46 + nameLength > bytes.length) {
				throw new ZipException("broken central directory");
			}
			byte[] rawName = new byte[nameLength];
			this.zip.get(at + 46, rawName);
			String name = utf8(rawName);
			list.add(new Entry(name, (name != null) ? name : escaped(rawName), method, compressed, size, local));
			at += 46 + nameLength + extraLength + commentLength;
		}
		this.entries = list;
	}

	List<Entry> entries() {
		return this.entries;
	}

	/**
	 * The entry's content, inflated as it is read; the caller bounds how much it reads.
	 */
	InputStream open(Entry entry) throws ZipException {
		long at = entry.localOffset();
		if (at + 30 > this.zip.capacity() || this.zip.getInt((int) at) != LOCAL) {
			throw new ZipException("broken local header");
		}
		int nameLength = this.zip.getShort((int) at + 26) & 0xFFFF;
		int extraLength = this.zip.getShort((int) at + 28) & 0xFFFF;
		long data = at + 30 + nameLength + extraLength;
		long length = Math.min(entry.compressedSize(), this.zip.capacity() - data);
		if (length < 0) {
			throw new ZipException("broken local header");
		}
		InputStream raw = new ByteArrayInputStream(this.zip.array(), (int) data, (int) length);
		return switch (entry.method()) {
			case 0 -> raw;
			case 8 -> new InflaterInputStream(raw, new Inflater(true));
			default -> throw new ZipException("unsupported compression method " + entry.method());
		};
	}

	private static int findEnd(byte[] bytes) throws ZipException {
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int lowest = Math.max(0, bytes.length - 22 - 0xFFFF);
		for (int at = bytes.length - 22; at >= lowest; at--) {
			if (buffer.getInt(at) == END) {
				return at;
			}
		}
		throw new ZipException("no central directory");
	}

	private static String utf8(byte[] raw) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(raw))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * Printable ASCII as is, every other byte as {@code \xNN}: safe to show, and it says
	 * which bytes.
	 */
	static String escaped(byte[] raw) {
		StringBuilder out = new StringBuilder();
		for (byte b : raw) {
			int c = b & 0xFF;
			if (c >= 0x20 && c < 0x7F && c != '\\') {
				out.append((char) c);
			}
			else {
				out.append("\\x").append(HexFormat.of().toHexDigits((byte) c));
			}
		}
		return out.toString();
	}

}
