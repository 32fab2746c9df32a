#pragma once

#include "domain/Entities.h"
#include "storage/Database.h"

#include <vector>

namespace posdesk {

// Settlement batches per terminal.
class BatchRepository
{
public:
    explicit BatchRepository(Database &db) : m_db(db) {}
    Result<Id> open(Id terminalId, int batchNo, TimeMs at);
    Result<Batch> find(Id terminalId, int batchNo);
    Result<std::vector<Batch>> listForTerminal(Id terminalId);
    Status setState(Id batchId, BatchState state);
    // Compare-and-set of the state: Refused when the batch is no longer in `from`.
    Status transition(Id batchId, BatchState from, BatchState to);
    // settling → host-settled, with the host's totals (field 48 of the 0510) and verdict.
    Status markHostSettled(Id batchId, const QString &hostTotals, const QString &verdict, TimeMs at);
    // Closes an open or settling batch with its totals; a closed batch cannot be closed again.
    Status close(const Batch &totals, TimeMs at);

private:
    Database &m_db;
};

} // namespace posdesk
