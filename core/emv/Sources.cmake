# The chip application for UnionPay (PBOC) contact cards and BER-TLV; no I/O but the card channel interface.
target_sources(posdesk_core PRIVATE
    emv/Tlv.cpp emv/Tlv.h
    emv/Tags.cpp emv/Tags.h
    emv/DataStore.cpp emv/DataStore.h
    emv/Dol.cpp emv/Dol.h
    emv/TerminalConfig.h
    emv/OfflineAuth.cpp emv/OfflineAuth.h
    emv/ChipTransaction.cpp emv/ChipTransaction.h
    emv/Cryptograms.cpp emv/Cryptograms.h
)
