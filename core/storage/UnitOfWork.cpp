#include "storage/UnitOfWork.h"

#include <QCoreApplication>

namespace posdesk {

UnitOfWork::UnitOfWork(Database &db) : m_db(db), m_start(db.begin())
{
    m_active = m_start.ok();
}

UnitOfWork::~UnitOfWork()
{
    if (m_active)
        m_db.rollback();
}

Status UnitOfWork::commit()
{
    if (!m_active)
        return m_start.ok() ? Error::internal(QCoreApplication::translate("posdesk::UnitOfWork",
                                                                          "The transaction was already finished."))
                            : m_start.error();
    m_active = false;
    return m_db.commit();
}

} // namespace posdesk
