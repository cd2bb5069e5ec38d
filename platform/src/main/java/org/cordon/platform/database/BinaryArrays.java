package org.cordon.platform.database;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.codec.Codec;
import io.r2dbc.postgresql.codec.CodecRegistry;
import io.r2dbc.postgresql.extension.CodecRegistrar;
import io.r2dbc.postgresql.message.Format;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * Teaches the PostgreSQL driver to send a {@link BinaryArray}. The driver finds this
 * registrar through {@code META-INF/services} (it detects extensions by default), so
 * every connection of every service has it; other values keep the driver's own codecs.
 */
public final class BinaryArrays implements CodecRegistrar {

	@Override
	public Publisher<Void> register(PostgresqlConnection connection, ByteBufAllocator allocator,
			CodecRegistry registry) {
		registry.addFirst(new BinaryArrayCodec());
		return Mono.empty();
	}

	/** Encodes only; nothing is ever read back as a {@link BinaryArray}. */
	static final class BinaryArrayCodec implements Codec<BinaryArray> {

		@Override
		public boolean canDecode(int dataType, Format format, Class<?> type) {
			return false;
		}

		@Override
		public boolean canEncode(Object value) {
			return value instanceof BinaryArray;
		}

		@Override
		public boolean canEncodeNull(Class<?> type) {
			return false;
		}

		@Override
		public BinaryArray decode(ByteBuf buffer, int dataType, Format format, Class<? extends BinaryArray> type) {
			throw new UnsupportedOperationException("A BinaryArray is a parameter only");
		}

		@Override
		public EncodedParameter encode(Object value) {
			BinaryArray array = (BinaryArray) value;
			return new EncodedParameter(Format.FORMAT_BINARY, array.arrayType(),
					Mono.fromSupplier(() -> Unpooled.wrappedBuffer(array.encoded())));
		}

		@Override
		public EncodedParameter encode(Object value, int dataType) {
			return encode(value);
		}

		@Override
		public EncodedParameter encodeNull() {
			throw new UnsupportedOperationException("Bind a BinaryArray, possibly empty, never null");
		}

	}

}
