FROM prefecthq/prefect:3-python3.11
WORKDIR /opt/baogao
COPY pyproject.toml README.md ./
COPY flows flows
COPY extractors extractors
COPY warehouse warehouse
COPY catalog catalog
COPY samples samples
RUN pip install --no-cache-dir -e ".[ocr]"
