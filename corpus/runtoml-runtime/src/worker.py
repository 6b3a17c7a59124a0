def handle(order):
    return {"queued": order}
