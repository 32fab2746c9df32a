# ISO 8583 codec, China UnionPay POS dialect.
target_sources(posdesk_core PRIVATE
    iso8583/FieldSpec.h
    iso8583/Dialect.cpp iso8583/Dialect.h
    iso8583/DialectSettings.cpp iso8583/DialectSettings.h
    iso8583/Bcd.cpp iso8583/Bcd.h
    iso8583/Message.cpp iso8583/Message.h
    iso8583/Codec.cpp iso8583/Codec.h
    iso8583/CodecErrors.cpp iso8583/CodecErrors.h
    iso8583/Frame.cpp iso8583/Frame.h
    iso8583/Subfields.cpp iso8583/Subfields.h
    iso8583/Describe.cpp iso8583/Describe.h
)
