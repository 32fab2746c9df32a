# DES/3DES, MACs, working keys and PIN blocks on OpenSSL 3 EVP.
target_sources(posdesk_core PRIVATE
    crypto/CryptoErrors.h
    crypto/SecretBytes.cpp crypto/SecretBytes.h
    crypto/Tdes.cpp crypto/Tdes.h
    crypto/Mac.cpp crypto/Mac.h
    crypto/WorkingKeys.cpp crypto/WorkingKeys.h
    crypto/PinBlock.cpp crypto/PinBlock.h
)
