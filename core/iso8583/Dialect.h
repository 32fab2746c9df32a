#pragma once

#include "iso8583/FieldSpec.h"

#include <QString>

#include <array>

namespace posdesk::iso8583 {

// A table of field specs for fields 2..64 of one ISO 8583 dialect (primary bitmap only).
class Dialect
{
public:
    static constexpr int MaxField = 64;

    Dialect() = default;

    // China UnionPay POS dialect, as in shared/reference/cup-iso8583.md.
    static const Dialect &cup();

    // nullptr when the dialect has no such field (or number is out of 2..64).
    const FieldSpec *field(int number) const
    {
        if (number < 2 || number > MaxField || m_fields[number].number == 0)
            return nullptr;
        return &m_fields[number];
    }

    // Acquirer profiles override single rows (a longer field 60, a Text field 48 …).
    // Returns false and changes nothing when the spec is not usable.
    bool setField(const FieldSpec &spec);
    void removeField(int number);

private:
    std::array<FieldSpec, MaxField + 1> m_fields{};
};

} // namespace posdesk::iso8583
